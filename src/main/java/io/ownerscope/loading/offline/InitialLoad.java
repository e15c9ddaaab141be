package io.ownerscope.loading.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.EmbeddedNeo4j;
import io.ownerscope.graph.Graph;
import io.ownerscope.graph.SchemaMigrations;
import io.ownerscope.loading.LoadEngine;
import io.ownerscope.loading.LoadException;
import io.ownerscope.loading.LoadInput;
import io.ownerscope.loading.LoadOptions;
import io.ownerscope.loading.LoadReport;
import io.ownerscope.loading.SourceReader;
import io.ownerscope.reference.ReferenceLists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first load into an empty embedded store ({@code load --initial}): the rows any reader yields are written as
 * the input of Neo4j's offline importer, the embedded database is stopped, imported and started again, then the
 * schema migrations run and the load finishes as every load does (designations are recomputed). The graph is the
 * one the same rows would give over Bolt, many times faster for large sources.
 */
public final class InitialLoad {

    private static final Logger LOG = LoggerFactory.getLogger(InitialLoad.class);
    private static final String PATCH_ENTITIES = Cypher.load("load/patch-imported-entities.cypher");
    private static final String AWAIT_INDEXES = Cypher.load("load/await-indexes.cypher");
    /** How long the indexes of an imported graph may take to build. */
    private static final Duration INDEX_WAIT = Duration.ofHours(2);
    private static final int BATCH = 20_000;

    private final LoadEngine engine;
    private final Graph graph;
    private final Supplier<EmbeddedNeo4j> embedded;
    private final Clock clock;
    private final Consumer<OfflineImportFiles> beforeImport;

    /** @param embedded the embedded store, or null when the graph is a server */
    public InitialLoad(LoadEngine engine, Graph graph, Supplier<EmbeddedNeo4j> embedded, Clock clock) {
        this(engine, graph, embedded, clock, files -> { });
    }

    /** @param beforeImport given the importer's input when it is complete, before it is imported */
    InitialLoad(LoadEngine engine, Graph graph, Supplier<EmbeddedNeo4j> embedded, Clock clock,
            Consumer<OfflineImportFiles> beforeImport) {
        this.engine = engine;
        this.graph = graph;
        this.embedded = embedded;
        this.clock = clock;
        this.beforeImport = beforeImport;
    }

    /**
     * Loads {@code input} with {@code reader}, in any format, as an offline import: the rows go to the importer's
     * input files instead of the graph.
     *
     * @throws LoadException when the graph is a server or the store is not empty
     */
    public LoadReport load(SourceReader reader, LoadInput input, LoadOptions options) {
        var neo4j = embedded.get();
        if (neo4j == null) {
            throw new LoadException("--initial imports offline into the embedded store, but spring.neo4j.uri points "
                    + "at a Neo4j server; load without --initial, or import on the server with "
                    + "neo4j-admin database import");
        }
        // schema migrations and reference lists are written at every start: a graph is what loads write
        var present = graph.read(tx -> tx.run("RETURN EXISTS { (:LoadRun) } OR EXISTS { (:Entity) } AS any",
                Map.of()).single().get("any").asBoolean());
        if (present) {
            throw new LoadException("--initial needs an empty store, and " + neo4j.storeHome()
                    + " already holds a graph; load without --initial to add to it");
        }
        var directory = temporaryDirectory();
        try {
            var writer = new OfflineImportWriter(directory, clock, files -> {
                beforeImport.accept(files);
                long start = System.nanoTime();
                neo4j.whileStopped(home -> OfflineImporter.importFull(home, graph.settings().database(), files));
                LOG.info("Offline import into {} took {} ms", neo4j.storeHome(), millisSince(start));
                start = System.nanoTime();
                new SchemaMigrations(graph).apply();
                graph.read(tx -> tx.run(AWAIT_INDEXES, Map.of("seconds", INDEX_WAIT.toSeconds())).consume(),
                        INDEX_WAIT.plusMinutes(1));
                LOG.info("Schema applied to the imported graph and its indexes built in {} ms", millisSince(start));
                start = System.nanoTime();
                patchEntities(files.entityPatches());
                // the import replaced the database: the reference lists are written again
                ReferenceLists.applyShipped(graph, Duration.ofMinutes(10));
                LOG.info("{} entities patched and reference lists written in {} ms", files.entityPatches().size(),
                        millisSince(start));
            });
            return engine.load(reader, input, options, writer);
        } finally {
            delete(directory);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void patchEntities(List<Map<String, Object>> patches) {
        for (int from = 0; from < patches.size(); from += BATCH) {
            var batch = patches.subList(from, Math.min(patches.size(), from + BATCH));
            graph.write(tx -> tx.run(PATCH_ENTITIES, Map.of("rows", batch)).consume());
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("ownerscope-import");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a directory for the importer's files", e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Cannot delete {}: {}", directory, e.getMessage());
        }
    }
}
