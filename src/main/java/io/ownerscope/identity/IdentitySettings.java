package io.ownerscope.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity links.
 *
 * @param maxShared the most records one identifier value may link; a value stated by more (a placeholder such as
 *     an all-zero INN, or a registry's own number copied everywhere) is reported and links nobody
 * @param timeout time limit of each transaction of the relink
 */
@ConfigurationProperties("ownerscope.identity")
record IdentitySettings(@DefaultValue("10") int maxShared, @DefaultValue("10m") Duration timeout) {

    IdentitySettings {
        if (maxShared < 2) {
            throw new IllegalArgumentException("ownerscope.identity.max-shared must be at least 2, was " + maxShared);
        }
    }
}
