package io.ownerscope.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.ownership.OwnershipBenchmark.Measurement;
import org.springframework.stereotype.Component;

/**
 * Times what the audit trail costs a read: the entity read of {@code GET /api/entities/{id}} alone, and the same
 * read followed by recording its entry while the writer stores the entries of the reads before it.
 */
@Component
public class AuditBenchmark {

    private static final String ENTITY = Cypher.load("entities/find-entity.cypher");

    private final Graph graph;
    private final AuditTrail trail;

    AuditBenchmark(Graph graph, AuditTrail trail) {
        this.graph = graph;
        this.trail = trail;
    }

    /**
     * The plain read is timed before and after the audited one, every entity warmed up first, so that the two
     * figures of the plain read show the drift of the machine the difference has to exceed.
     */
    public List<Measurement> measure(List<String> ids, int warmup) {
        Measurement.warmUp(ids, List.of(this::read));
        var plain = Measurement.time("entity read, no audit entry", ids, warmup, this::read);
        var audited = Measurement.time("entity read and its audit entry (GET /api/entities/{id})", ids, warmup,
                id -> {
                    read(id);
                    trail.record(new AuditEntry(UUID.randomUUID().toString(), OffsetDateTime.now(), "benchmark",
                            "key", "127.0.0.1", "entity view", "GET", "/api/entities/" + id, List.of(id), null,
                            null, 200, 1));
                });
        var stored = Measurement.time("audit trail: pending entries stored", List.of("all"), 0,
                id -> trail.writePending());
        var plainAgain = Measurement.time("entity read, no audit entry (again, after)", ids, warmup, this::read);
        return List.of(plain, audited, plainAgain, stored);
    }

    private void read(String id) {
        graph.read(tx -> tx.run(ENTITY, Map.of("id", id, "maxRows", 50)).list());
    }
}
