package io.ownerscope.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail.
 *
 * @param retention how long an entry is kept; older ones are deleted every few hours
 * @param queue entries waiting to be written before a request writes its own (so none is lost when writes lag)
 */
@ConfigurationProperties("ownerscope.audit")
record AuditSettings(@DefaultValue("365d") Duration retention, @DefaultValue("50000") int queue) {

    AuditSettings {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("ownerscope.audit.retention must be positive");
        }
        if (queue < 1) {
            throw new IllegalArgumentException("ownerscope.audit.queue must be at least 1");
        }
    }
}
