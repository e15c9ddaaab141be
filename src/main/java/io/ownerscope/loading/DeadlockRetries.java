package io.ownerscope.loading;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a batch that deadlocked with a concurrent batch of the same load at once (after a few milliseconds), where
 * the driver's managed retries would wait a second or more and log each one: two batches that link to the same hub
 * (a mass-registration address, a logistics firm) lock it in different orders now and then, and the one Neo4j stops
 * succeeds when run again. Any other failure, or a batch that keeps deadlocking, goes to the managed write, with the
 * driver's own retries and back-off.
 */
public final class DeadlockRetries {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlockRetries.class);
    private static final String DEADLOCK = "Neo.TransientError.Transaction.DeadlockDetected";
    static final int QUICK_ATTEMPTS = 8;

    private final LongAdder deadlocks = new LongAdder();

    /**
     * @param once the batch in one transaction, not retried
     * @param managed the same batch as a managed write, retried by the driver
     */
    long write(LongSupplier once, LongSupplier managed) {
        for (int attempt = 1; attempt <= QUICK_ATTEMPTS; attempt++) {
            try {
                return once.getAsLong();
            } catch (TransientException e) {
                if (!DEADLOCK.equals(e.code())) {
                    break;
                }
                deadlocks.increment();
                LOG.debug("A batch deadlocked with a concurrent one (attempt {}); running it again", attempt);
                pause(attempt);
            }
        }
        return managed.getAsLong();
    }

    /** Batches that deadlocked and ran again, since the start. */
    long deadlocks() {
        return deadlocks.sum();
    }

    /** A few milliseconds, more with each attempt and a random part, so that the two batches do not meet again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("interrupted while retrying a batch", e);
        }
    }
}
