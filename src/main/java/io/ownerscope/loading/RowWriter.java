package io.ownerscope.loading;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a load writes its rows, as the parameter maps of {@code cypher/load/*.cypher}: the graph through Bolt
 * ({@link GraphWriter}), or the input files of Neo4j's offline importer ({@link OfflineImportWriter}).
 */
public interface RowWriter {

    /** A run as it starts, and how the same run ended before (null when it is new). */
    record StartedRun(LoadRun run, String previousStatus) {
    }

    StartedRun startLoadRun(String id, String dataset, String format, String source, List<String> files,
            String checksum);

    /**
     * How many threads may run merges while the reader goes on: 0 for none (every merge on the reader's thread),
     * 1 for merges in order on one thread, more for merges of one kind side by side.
     */
    default int writeThreads() {
        return 0;
    }

    /** @param reason why an aborted or failed run stopped; null for a completed one */
    void finishLoadRun(LoadRun run, String status, LoadCounts counts, String reason);

    long mergeEntities(LoadRun run, List<Map<String, Object>> rows);

    long mergeAddresses(LoadRun run, List<Map<String, Object>> rows);

    long mergeEntityAddresses(LoadRun run, List<Map<String, Object>> rows);

    long mergeRelationships(LoadRun run, List<Map<String, Object>> rows);

    long mergeSanctions(LoadRun run, List<Map<String, Object>> rows);

    long mergeShipments(LoadRun run, List<Map<String, Object>> rows);

    /** For each id, what it names in the graph; ids that name nothing are absent from the map. */
    Map<String, RelationshipType.Target> findReferences(Set<String> ids);
}
