package io.ownerscope.loading.offline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import io.ownerscope.graph.EmbeddedNeo4j;
import io.ownerscope.graph.EmbeddedSettings;
import io.ownerscope.graph.Graph;
import io.ownerscope.graph.QuerySettings;
import io.ownerscope.graph.SchemaMigrations;
import io.ownerscope.loading.GraphWriter;
import io.ownerscope.loading.LoadEngine;
import io.ownerscope.loading.LoadInput;
import io.ownerscope.loading.LoadOptions;
import io.ownerscope.loading.LoadReport;
import io.ownerscope.loading.SourceReader;
import org.neo4j.driver.GraphDatabase;

/**
 * Times the ways into the graph on the same canonical CSV files: a load over Bolt into the configured graph, the
 * initial offline load ({@code load --initial}) into a fresh embedded store, and Neo4j's importer alone on the files
 * that the initial load prepared, into another fresh store.
 */
public final class LoadingBenchmark {

    private LoadingBenchmark() {
    }

    /**
     * @param loadSeconds the whole load, reading to finishing the load run (no designation recompute)
     * @param relationships every relationship the load wrote (links, registrations, listings, both ends of shipments)
     */
    public record BoltLoad(LoadReport report, double loadSeconds, long rows, long relationships) {
    }

    /**
     * @param initialSeconds {@code load --initial} from reading the files to the schema in place, without the
     *        designation recompute
     * @param importerSeconds Neo4j's importer alone on the same prepared files, into a store of its own
     */
    public record InitialLoadTimes(LoadReport report, double initialSeconds, double importerSeconds,
            long importedNodes, long importedRelationships) {
    }

    /**
     * Loads the files over Bolt into {@code graph}, {@code batchSize} rows a transaction, {@code writers}
     * transactions at once.
     */
    public static BoltLoad overBolt(Graph graph, SourceReader csvReader, Path csv, String dataset, int batchSize,
            int writers) {
        long start = System.nanoTime();
        var report = new LoadEngine(batchSize, writers, loaded -> { }).load(csvReader, LoadInput.of(csv, dataset),
                LoadOptions.DEFAULT, new GraphWriter(graph));
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BoltLoad(report, seconds, rows(report), relationships(report));
    }

    /** The initial load into a new store in {@code workDirectory}, and the importer alone into another. */
    public static InitialLoadTimes initial(SourceReader csvReader, Path csv, String dataset, int batchSize, Path workDirectory)
            throws java.io.IOException {
        Files.createDirectories(workDirectory);
        var store = Files.createTempDirectory(workDirectory, "initial-");
        var rawStore = Files.createTempDirectory(workDirectory, "importer-");
        var importer = new double[1];
        var counts = new long[2];
        try (var embedded = EmbeddedNeo4j.start(new EmbeddedSettings(store, 0, ""));
                var driver = GraphDatabase.driver(embedded.boltUri(), embedded.authToken())) {
            var graph = new Graph(driver, new QuerySettings("neo4j", Duration.ofMinutes(30), 500));
            new SchemaMigrations(graph).apply();
            var initial = new InitialLoad(new LoadEngine(batchSize), graph, () -> embedded, Clock.systemUTC(), files -> {
                long start = System.nanoTime();
                OfflineImporter.importFull(rawStore, "neo4j", files.nodePaths(), files.relationshipPaths(),
                        files.multiline(), rawStore.resolve("import.report"));
                importer[0] = (System.nanoTime() - start) / 1e9;
                counts[0] = files.nodes().stream().mapToLong(OfflineImportFile::records).sum();
                counts[1] = files.relationships().stream().mapToLong(OfflineImportFile::records).sum();
            });
            long start = System.nanoTime();
            var report = initial.load(csvReader, LoadInput.of(csv, dataset), LoadOptions.DEFAULT);
            double total = (System.nanoTime() - start) / 1e9 - importer[0];
            return new InitialLoadTimes(report, total, importer[0], counts[0], counts[1]);
        }
    }

    private static long rows(LoadReport report) {
        var c = report.counts();
        return c.entities() + c.addresses() + c.relationships() + c.sanctions() + c.shipments();
    }

    /** Links and address cells, one TARGETS per listing, EXPORTED and CONSIGNED_TO per shipment. */
    private static long relationships(LoadReport report) {
        var c = report.counts();
        return c.relationships() + c.sanctions() + 2 * c.shipments();
    }
}
