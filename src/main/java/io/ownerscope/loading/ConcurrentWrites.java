package io.ownerscope.loading;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write transactions of one load, run on a few threads while the reader goes on parsing and checking the next
 * rows. Writes of one kind (entities, relationships, ...) run side by side; a write of another kind first waits for
 * every write before it, so that rows are only checked against, and linked to, what is already committed. With no
 * threads every write runs at once on the caller's thread.
 */
public final class ConcurrentWrites implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentWrites.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService executor;
    private final Semaphore slots;
    private final Deque<Future<?>> pending = new ArrayDeque<>();
    private String kind;
    private long kindStarted;

    /** @param threads write transactions in flight at once; 0 to write on the caller's thread */
    ConcurrentWrites(int threads) {
        this.executor = threads <= 0 ? null : Executors.newFixedThreadPool(threads, task -> {
            var thread = new Thread(task, "ownerscope-writer-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // one batch queued per thread beyond those being written: the reader stays ahead without holding the file
        this.slots = new Semaphore(Math.max(1, threads * 2));
    }

    /**
     * Waits for every earlier write of another kind: called before the rows of {@code kind} are checked against
     * the graph, so that they see every row handed over before them.
     */
    void startKind(String kind) {
        if (!kind.equals(this.kind)) {
            awaitAll();
            logKindWritten();
            this.kind = kind;
            this.kindStarted = System.nanoTime();
        }
    }

    /** How long the rows of the kind that ends took, from its first write handed over to its last committed. */
    private void logKindWritten() {
        if (this.kind != null) {
            LOG.info("{} written in {} ms", this.kind, (System.nanoTime() - kindStarted) / 1_000_000);
        }
    }

    /**
     * Runs {@code write}, after every earlier write of another kind has finished. A write that failed before is
     * rethrown here or by {@link #awaitAll()}.
     */
    void submit(String kind, Runnable write) {
        startKind(kind);
        if (executor == null) {
            write.run();
            return;
        }
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("interrupted while waiting to write", e);
        }
        try {
            pending.add(executor.submit(() -> {
                try {
                    write.run();
                } finally {
                    slots.release();
                }
            }));
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        while (!pending.isEmpty() && pending.peek().isDone()) {
            await(pending.poll());
        }
    }

    /** Waits for every write submitted so far; the first that failed is rethrown. */
    void awaitAll() {
        awaitPending();
    }

    /** Waits for every write, at the end of the input, and logs how long the last kind took. */
    void finish() {
        awaitPending();
        logKindWritten();
        kind = null;
    }

    private void awaitPending() {
        RuntimeException failure = null;
        while (!pending.isEmpty()) {
            try {
                await(pending.poll());
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Waits for every write submitted so far, ignoring failures: the load is already ending with one. */
    void awaitQuietly() {
        try {
            awaitAll();
        } catch (RuntimeException e) {
            // the load reports the failure it is ending with
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            awaitQuietly();
            executor.shutdown();
        }
    }

    private static void await(Future<?> write) {
        try {
            write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoadException("interrupted while waiting for a write", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new LoadException("a write failed: " + e.getCause(), e.getCause());
        }
    }
}
