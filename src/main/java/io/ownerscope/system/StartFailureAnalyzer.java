package io.ownerscope.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

/**
 * A start-up failure the user can fix (a port in use, a store held or unusable, a Neo4j out of reach) reported as
 * Boot's short "APPLICATION FAILED TO START" paragraph; the stack trace is logged at debug level only. Asked before
 * Boot's own analyzers, so that its port message names ownerscope's setting.
 */
class StartFailureAnalyzer implements FailureAnalyzer, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(StartFailureAnalyzer.class);

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        return StartFailure.of(failure).map(known -> {
            LOG.debug("Start-up failed", failure);
            return new FailureAnalysis(known.description(), known.action(), known.cause());
        }).orElse(null);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
