package io.ownerscope.loading;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;

/** Sends batches of rows to Neo4j as {@code UNWIND $rows ... MERGE} on constrained keys, one transaction a batch. */
public final class GraphWriter implements RowWriter {

    private static final String START_LOAD_RUN = Cypher.load("load/start-load-run.cypher");
    private static final String FINISH_LOAD_RUN = Cypher.load("load/finish-load-run.cypher");
    private static final String MERGE_ENTITIES = Cypher.load("load/merge-entities.cypher");
    private static final String MERGE_ADDRESSES = Cypher.load("load/merge-addresses.cypher");
    private static final String MERGE_ENTITY_ADDRESSES = Cypher.load("load/merge-entity-addresses.cypher");
    private static final String FIND_REFERENCES = Cypher.load("load/find-references.cypher");
    private static final Map<RelationshipType, String> MERGE_RELATIONSHIPS = mergeRelationshipsByType();
    private static final String MERGE_SANCTIONS = Cypher.load("load/merge-sanctions.cypher");
    private static final String MERGE_SHIPMENTS = Cypher.load("load/merge-shipments.cypher");

    private final Graph graph;
    private final Clock clock;
    private final DeadlockRetries deadlockRetries = new DeadlockRetries();

    public GraphWriter(Graph graph) {
        this(graph, Clock.systemUTC());
    }

    /** @param clock the time a new load run starts and finishes at */
    public GraphWriter(Graph graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    @Override
    public StartedRun startLoadRun(String id, String dataset, String format, String source, List<String> files,
            String checksum) {
        return graph.write(tx -> {
            var record = tx.run(START_LOAD_RUN, Map.of("id", id, "dataset", dataset, "format", format,
                    "source", source, "files", files, "checksum", checksum, "now", ZonedDateTime.now(clock)))
                    .single();
            var previous = record.get("previous");
            return new StartedRun(new LoadRun(id, dataset, record.get("startedAt").asZonedDateTime()),
                    previous.isNull() ? null : previous.asString());
        });
    }

    @Override
    public void finishLoadRun(LoadRun run, String status, LoadCounts counts, String reason) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", run.id());
        parameters.put("status", status);
        parameters.put("counts", counts.toParameters());
        parameters.put("reason", reason);
        parameters.put("now", ZonedDateTime.now(clock));
        graph.write(tx -> tx.run(FINISH_LOAD_RUN, parameters).consume());
    }

    /** Each merge is its own transaction; concurrent ones wait on each other's locks and retry on deadlocks. */
    @Override
    public int writeThreads() {
        return Integer.MAX_VALUE;
    }

    @Override
    public long mergeEntities(LoadRun run, List<Map<String, Object>> rows) {
        return writeRows(MERGE_ENTITIES, run, rows);
    }

    @Override
    public long mergeAddresses(LoadRun run, List<Map<String, Object>> rows) {
        return writeRows(MERGE_ADDRESSES, run, rows);
    }

    @Override
    public long mergeEntityAddresses(LoadRun run, List<Map<String, Object>> rows) {
        return writeRows(MERGE_ENTITY_ADDRESSES, run, rows);
    }

    /** One statement per type, the rows of each type in the order they came. */
    @Override
    public long mergeRelationships(LoadRun run, List<Map<String, Object>> rows) {
        var byType = new EnumMap<RelationshipType, List<Map<String, Object>>>(RelationshipType.class);
        rows.forEach(row -> byType.computeIfAbsent(RelationshipType.valueOf((String) row.get("type")),
                type -> new ArrayList<>()).add(row));
        long written = 0;
        for (var entry : byType.entrySet()) {
            written += writeRows(MERGE_RELATIONSHIPS.get(entry.getKey()), run, entry.getValue());
        }
        return written;
    }

    private static Map<RelationshipType, String> mergeRelationshipsByType() {
        var template = Cypher.load("load/merge-relationships.cypher");
        var statements = new EnumMap<RelationshipType, String>(RelationshipType.class);
        for (var type : RelationshipType.values()) {
            var target = type.target() == RelationshipType.Target.ADDRESS ? "Address" : "Entity";
            statements.put(type, template.replace("__TYPE__", type.name()).replace("__TARGET__", target));
        }
        return statements;
    }

    @Override
    public long mergeSanctions(LoadRun run, List<Map<String, Object>> rows) {
        return writeRows(MERGE_SANCTIONS, run, rows);
    }

    @Override
    public long mergeShipments(LoadRun run, List<Map<String, Object>> rows) {
        return writeRows(MERGE_SHIPMENTS, run, rows);
    }

    @Override
    public Map<String, RelationshipType.Target> findReferences(Set<String> ids) {
        return graph.read(tx -> {
            var found = new HashMap<String, RelationshipType.Target>();
            tx.run(FIND_REFERENCES, Map.of("ids", List.copyOf(ids))).forEachRemaining(record -> {
                if (!record.get("kind").isNull()) {
                    found.put(record.get("id").asString(),
                            RelationshipType.Target.valueOf(record.get("kind").asString()));
                }
            });
            return found;
        });
    }

    private long writeRows(String statement, LoadRun run, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        var parameters = Map.of("rows", rows, "run", run.toParameters());
        long written = deadlockRetries.write(
                () -> graph.writeOnce(tx -> tx.run(statement, parameters).single().get("written").asLong()),
                () -> graph.write(tx -> tx.run(statement, parameters).single().get("written").asLong()));
        if (written != rows.size()) {
            throw new LoadException("Wrote " + written + " of " + rows.size()
                    + " rows although every reference was checked; was data deleted while loading?");
        }
        return written;
    }
}
