package io.ownerscope.paths;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.ownership.OwnershipBenchmark.Measurement;
import org.springframework.stereotype.Component;

/**
 * Times paths between two entities (up to 6 hops) and exposure (up to 6 hops, pruned with the exposure index and
 * its levels read in memory, pruned with its levels read from the graph, and level by level without the index) against the plain shortest-path and variable-length Cypher an analyst would write for
 * the same questions; and one refresh of the exposure index, which comes first so that exposure is timed with it.
 */
@Component
public class PathsBenchmark {

    private static final String NAIVE_PATHS = Cypher.load("benchmark/naive-paths.cypher");
    private static final String NAIVE_EXPOSURE = Cypher.load("benchmark/naive-exposure.cypher");

    private final PathsService paths;
    private final ExposureIndex exposureIndex;
    private final Graph graph;

    PathsBenchmark(PathsService paths, ExposureIndex exposureIndex, Graph graph) {
        this.paths = paths;
        this.exposureIndex = exposureIndex;
        this.graph = graph;
    }

    /**
     * Times each operation on the same ids (paths between each id and the next), after one untimed pass of every
     * operation over them; timeouts and errors count as failures.
     */
    public List<Measurement> measure(List<String> ids, int warmup, Duration naiveTimeout) {
        var today = LocalDate.now();
        Consumer<String> pathsCall = id -> paths.paths(id, next(ids, id), null, 3, 6, today, false);
        Consumer<String> naivePathsCall = id -> graph.read(tx -> tx.run(NAIVE_PATHS,
                Map.of("from", id, "to", next(ids, id))).list(), naiveTimeout);
        var refresh = Measurement.time("exposure index refresh, whole graph (ownerscope)", List.of("all"), 0,
                id -> exposureIndex.refresh());
        Consumer<String> exposureCall = id -> paths.exposure(id, 6, today, "OFAC", false, false);
        Consumer<String> graphExposureCall = id -> paths.exposure(id, 6, today, "OFAC", false, false,
                PathsService.LevelReads.GRAPH_PRUNED);
        Consumer<String> levelsExposureCall = id -> paths.exposure(id, 6, today, "OFAC", false, false,
                PathsService.LevelReads.GRAPH);
        Consumer<String> naiveExposureCall = id -> graph.read(tx -> tx.run(NAIVE_EXPOSURE, Map.of("id", id)).list(),
                naiveTimeout);
        Measurement.warmUp(ids, List.of(pathsCall, naivePathsCall, exposureCall, graphExposureCall,
                levelsExposureCall, naiveExposureCall));
        var results = new ArrayList<Measurement>();
        results.add(refresh);
        results.add(Measurement.time("paths, 3 shortest, ≤ 6 hops (ownerscope)", ids, warmup, pathsCall));
        results.add(Measurement.time("paths, SHORTEST 3, ≤ 6 relationships (naive Cypher)", ids, warmup,
                naivePathsCall));
        results.add(Measurement.time("exposure OFAC, ≤ 6 hops (ownerscope)", ids, warmup, exposureCall));
        results.add(Measurement.time("exposure OFAC, ≤ 6 hops, pruned, levels read from the graph (ownerscope)", ids,
                warmup, graphExposureCall));
        results.add(Measurement.time("exposure OFAC, ≤ 6 hops, level by level without the index (ownerscope)",
                ids, warmup, levelsExposureCall));
        results.add(Measurement.time("exposure, listed within 4 relationships (naive Cypher)", ids, warmup,
                naiveExposureCall));
        return results;
    }

    /**
     * What the exposure snapshot holds in memory.
     *
     * @param bytes the heap used after a full garbage collection with the snapshot held, less that without it
     */
    public record SnapshotMemory(long entities, long bytes) {
    }

    /** Lets the snapshot go, takes it again from the graph and measures what it holds. */
    public SnapshotMemory snapshotMemory() {
        exposureIndex.letGo();
        long without = usedAfterCollection();
        exposureIndex.takeSnapshot();
        var held = exposureIndex.held();
        if (held == null) {
            throw new IllegalStateException("no exposure snapshot was taken: the index is not current, or in-memory "
                    + "reads are off");
        }
        long with = usedAfterCollection();
        return new SnapshotMemory(held.entities(), with - without);
    }

    private static long usedAfterCollection() {
        var memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String next(List<String> ids, String id) {
        var next = ids.get((ids.indexOf(id) + 1) % ids.size());
        return next.equals(id) ? ids.get((ids.indexOf(id) + 2) % ids.size()) : next;
    }

}
