package io.ownerscope.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;

class DeadlockRetriesTest {

    private static final TransientException DEADLOCK = new TransientException(
            "Neo.TransientError.Transaction.DeadlockDetected", "would form this deadlock wait cycle");

    private final DeadlockRetries retries = new DeadlockRetries();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger managed = new AtomicInteger();

    @Test
    void aBatchThatDeadlockedRunsAgainAtOnceAndCountsWhatItWrote() {
        long written = retries.write(() -> {
            if (calls.incrementAndGet() < 3) {
                throw DEADLOCK;
            }
            return 1000;
        }, () -> managed.incrementAndGet());

        assertThat(written).isEqualTo(1000);
        assertThat(calls).hasValue(3);
        assertThat(managed).hasValue(0);
    }

    @Test
    void aBatchThatKeepsDeadlockingGoesToTheManagedWrite() {
        long written = retries.write(() -> {
            calls.incrementAndGet();
            throw DEADLOCK;
        }, () -> 1000 + managed.incrementAndGet());

        assertThat(written).isEqualTo(1001);
        assertThat(calls).hasValue(DeadlockRetries.QUICK_ATTEMPTS);
    }

    @Test
    void anotherTransientFailureGoesToTheManagedWriteWithoutQuickRetries() {
        long written = retries.write(() -> {
            calls.incrementAndGet();
            throw new TransientException("Neo.TransientError.General.DatabaseUnavailable", "restarting");
        }, () -> 7);

        assertThat(written).isEqualTo(7);
        assertThat(calls).hasValue(1);
    }
}
