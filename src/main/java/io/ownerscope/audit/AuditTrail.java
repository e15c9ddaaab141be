package io.ownerscope.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable record of who looked at what, kept as {@code AuditEntry} nodes with the graph. A request hands its
 * entry to a queue and goes on; one writer thread stores the queue in batches, so reads wait for no write. A full
 * queue makes the request write its own entry, and a read of the trail writes what is pending first, so nothing
 * is lost or missed. Entries past the retention period are deleted every few hours. Nothing here deletes an entry
 * younger than that, and the API offers no way to.
 */
public class AuditTrail implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final String WRITE = Cypher.load("audit/write-entries.cypher");
    private static final String FIND = Cypher.load("audit/find-entries.cypher");
    private static final String EXPORT = Cypher.load("audit/export-entries.cypher");
    private static final String PURGE = Cypher.load("audit/purge-entries.cypher");
    private static final int BATCH = 500;

    /** What an administrator asks of the trail; null criteria do not filter. */
    public record Criteria(String actor, String entity, String action, OffsetDateTime from, OffsetDateTime to,
            int limit, int offset) {
    }

    private final Graph graph;
    private final AuditSettings settings;
    private final BlockingQueue<AuditEntry> pending;
    private final ReentrantLock writing = new ReentrantLock();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "audit-trail-writer");
        thread.setDaemon(true);
        return thread;
    });

    AuditTrail(Graph graph, AuditSettings settings) {
        this.graph = graph;
        this.settings = settings;
        this.pending = new LinkedBlockingQueue<>(settings.queue());
        worker.scheduleWithFixedDelay(this::writePending, 200, 200, TimeUnit.MILLISECONDS);
        worker.scheduleWithFixedDelay(this::purgeExpired, 1, 360, TimeUnit.MINUTES);
    }

    /** Records an entry; it is stored within a fraction of a second, or at once when the queue is full. */
    public void record(AuditEntry entry) {
        if (!pending.offer(entry)) {
            writing.lock();
            try {
                write(List.of(entry));
            } finally {
                writing.unlock();
            }
        }
    }

    /** The entries that meet the criteria, newest first. */
    public List<Map<String, Object>> find(Criteria criteria) {
        writePending();
        var parameters = new HashMap<String, Object>();
        parameters.put("actor", criteria.actor());
        parameters.put("entity", criteria.entity());
        parameters.put("action", criteria.action());
        parameters.put("from", criteria.from() == null ? OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                : criteria.from());
        parameters.put("to", criteria.to() == null ? OffsetDateTime.now().plusYears(1) : criteria.to());
        parameters.put("limit", criteria.limit());
        parameters.put("offset", criteria.offset());
        return graph.read(tx -> tx.run(FIND, parameters).list(r -> r.asMap()));
    }

    /** Every entry between the two instants, oldest first, handed out page by page; returns how many. */
    public long export(OffsetDateTime from, OffsetDateTime to, Consumer<Map<String, Object>> sink) {
        writePending();
        long count = 0;
        for (int offset = 0;; offset += 10_000) {
            int skip = offset;
            var page = graph.read(tx -> tx.run(EXPORT, Map.of("from", from, "to", to, "offset", skip, "limit",
                    10_000)).list(r -> r.asMap()));
            page.forEach(sink);
            count += page.size();
            if (page.size() < 10_000) {
                return count;
            }
        }
    }

    /** Deletes the entries older than the retention period; returns how many. */
    public long purgeExpired() {
        var before = OffsetDateTime.now().minus(settings.retention());
        long purged = 0;
        try {
            for (long batch = 1; batch > 0; purged += batch) {
                batch = graph.write(tx -> tx.run(PURGE, Map.of("before", before, "batch", 10_000)).single()
                        .get("purged").asLong());
            }
            if (purged > 0) {
                LOG.info("Audit trail: {} entries older than {} deleted", purged, settings.retention());
            }
        } catch (RuntimeException e) {
            LOG.warn("Audit trail: expired entries not deleted now ({}); retried later", e.getMessage());
        }
        return purged;
    }

    /** Stores what is queued. */
    void writePending() {
        writing.lock();
        try {
            var batch = new ArrayList<AuditEntry>(BATCH);
            while (pending.drainTo(batch, BATCH) > 0) {
                write(batch);
                batch.clear();
            }
        } catch (RuntimeException e) {
            LOG.error("Audit trail: entries not stored ({}); kept queued and retried", e.getMessage());
        } finally {
            writing.unlock();
        }
    }

    private void write(List<AuditEntry> batch) {
        var entries = batch.stream().map(AuditEntry::properties).toList();
        try {
            graph.write(tx -> tx.run(WRITE, Map.of("entries", entries)).consume());
        } catch (RuntimeException e) {
            var requeued = batch.stream().filter(pending::offer).count();
            if (requeued < batch.size()) {
                LOG.error("Audit trail: {} entries could not be stored or queued again: {}", batch.size() - requeued,
                        entries.subList((int) requeued, entries.size()));
            }
            throw e;
        }
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // once, not retried: at shutdown the database may be closing too, and waiting would hold the exit
        var last = new ArrayList<AuditEntry>();
        pending.drainTo(last);
        if (!last.isEmpty()) {
            try {
                var entries = last.stream().map(AuditEntry::properties).toList();
                graph.writeOnce(tx -> tx.run(WRITE, Map.of("entries", entries)).consume());
            } catch (RuntimeException e) {
                LOG.error("Audit trail: {} entries not stored at shutdown: {}", last.size(), last);
            }
        }
    }
}
