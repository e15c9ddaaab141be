package io.ownerscope.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ConcurrentWritesTest {

    @Test
    void writesOfOneKindRunSideBySide() throws InterruptedException {
        var bothRunning = new CountDownLatch(2);
        var sawTheOther = new AtomicInteger();
        try (var writes = new ConcurrentWrites(2)) {
            for (int i = 0; i < 2; i++) {
                writes.submit("relationships", () -> {
                    bothRunning.countDown();
                    try {
                        if (bothRunning.await(10, TimeUnit.SECONDS)) {
                            sawTheOther.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            writes.awaitAll();
        }
        assertThat(sawTheOther).hasValue(2);
    }

    @Test
    void aWriteOfAnotherKindStartsOnlyAfterEveryEarlierWriteHasFinished() {
        var events = new CopyOnWriteArrayList<String>();
        var running = new CountDownLatch(2);
        var release = new CountDownLatch(1);
        // the entity writes hold until both writers are busy with them, so relationships are submitted while they run
        Thread.ofPlatform().daemon().start(() -> {
            await(running);
            release.countDown();
        });
        try (var writes = new ConcurrentWrites(2)) {
            for (int i = 0; i < 4; i++) {
                int batch = i;
                writes.submit("entities", () -> {
                    running.countDown();
                    await(release);
                    events.add("entities " + batch);
                });
            }
            writes.submit("relationships", () -> events.add("relationships"));
            writes.awaitAll();
        }
        assertThat(events).hasSize(5).last().isEqualTo("relationships");
    }

    @Test
    void aFailedWriteIsRethrownToTheReaderAndTheOthersStillFinish() {
        var finished = new AtomicInteger();
        var go = new CountDownLatch(1);
        var writes = new ConcurrentWrites(2);
        var failed = new CountDownLatch(1);
        writes.submit("shipments", () -> {
            try {
                await(go);
            } finally {
                failed.countDown();
            }
            throw new LoadException("Wrote 9 of 10 rows");
        });
        writes.submit("shipments", () -> {
            await(failed);
            finished.incrementAndGet();
        });
        go.countDown();

        assertThatThrownBy(writes::awaitAll).isInstanceOf(LoadException.class).hasMessage("Wrote 9 of 10 rows");
        assertThat(finished).hasValue(1);
        writes.close();
    }

    @Test
    void withNoThreadsEveryWriteRunsAtOnceOnTheCallersThread() {
        var threads = new CopyOnWriteArrayList<Thread>();
        try (var writes = new ConcurrentWrites(0)) {
            writes.submit("entities", () -> threads.add(Thread.currentThread()));
            assertThat(threads).isEqualTo(List.of(Thread.currentThread()));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
