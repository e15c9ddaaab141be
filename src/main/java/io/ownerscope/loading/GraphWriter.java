package io.ownerscope.loading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;

/** Sends batches of rows to Neo4j as {@code UNWIND $rows ... MERGE} on constrained keys, one transaction a batch. */
final class GraphWriter {

    private static final String START_LOAD_RUN = Cypher.load("load/start-load-run.cypher");
    private static final String FINISH_LOAD_RUN = Cypher.load("load/finish-load-run.cypher");
    private static final String MERGE_ENTITIES = Cypher.load("load/merge-entities.cypher");
    private static final String MERGE_ADDRESSES = Cypher.load("load/merge-addresses.cypher");
    private static final String MERGE_ENTITY_ADDRESSES = Cypher.load("load/merge-entity-addresses.cypher");
    private static final String FIND_REFERENCES = Cypher.load("load/find-references.cypher");
    private static final String MERGE_RELATIONSHIPS = Cypher.load("load/merge-relationships.cypher");
    private static final String MERGE_SANCTIONS = Cypher.load("load/merge-sanctions.cypher");
    private static final String MERGE_SHIPMENTS = Cypher.load("load/merge-shipments.cypher");

    private final Graph graph;

    GraphWriter(Graph graph) {
        this.graph = graph;
    }

    /** A run as it starts, and how the same run ended before (null when it is new). */
    record StartedRun(LoadRun run, String previousStatus) {
    }

    StartedRun startLoadRun(String id, String dataset, String format, String source, List<String> files,
            String checksum) {
        return graph.write(tx -> {
            var record = tx.run(START_LOAD_RUN, Map.of("id", id, "dataset", dataset, "format", format,
                    "source", source, "files", files, "checksum", checksum)).single();
            var previous = record.get("previous");
            return new StartedRun(new LoadRun(id, dataset, record.get("startedAt").asZonedDateTime()),
                    previous.isNull() ? null : previous.asString());
        });
    }

    /** @param reason why an aborted or failed run stopped; null for a completed one */
    void finishLoadRun(LoadRun run, String status, LoadCounts counts, String reason) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", run.id());
        parameters.put("status", status);
        parameters.put("counts", counts.toParameters());
        parameters.put("reason", reason);
        graph.write(tx -> tx.run(FINISH_LOAD_RUN, parameters).consume());
    }

    long mergeEntities(LoadRun run, List<Map<String, Object>> rows) {
        return writeRows(MERGE_ENTITIES, run, rows);
    }

    long mergeAddresses(LoadRun run, List<Map<String, Object>> rows) {
        return writeRows(MERGE_ADDRESSES, run, rows);
    }

    long mergeEntityAddresses(LoadRun run, List<Map<String, Object>> rows) {
        return writeRows(MERGE_ENTITY_ADDRESSES, run, rows);
    }

    long mergeRelationships(LoadRun run, List<Map<String, Object>> rows) {
        return writeRows(MERGE_RELATIONSHIPS, run, rows);
    }

    long mergeSanctions(LoadRun run, List<Map<String, Object>> rows) {
        return writeRows(MERGE_SANCTIONS, run, rows);
    }

    long mergeShipments(LoadRun run, List<Map<String, Object>> rows) {
        return writeRows(MERGE_SHIPMENTS, run, rows);
    }

    /** For each id, what it names in the graph; ids that name nothing are absent from the map. */
    Map<String, RelationshipType.Target> findReferences(Set<String> ids) {
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
        long written = graph.write(tx -> tx.run(statement, Map.of("rows", rows, "run", run.toParameters()))
                .single().get("written").asLong());
        if (written != rows.size()) {
            throw new LoadException("Wrote " + written + " of " + rows.size()
                    + " rows although every reference was checked; was data deleted while loading?");
        }
        return written;
    }
}
