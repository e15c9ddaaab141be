package io.ownerscope.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.ownerscope.audit.AuditBenchmark;
import io.ownerscope.chains.ChainsBenchmark;
import io.ownerscope.graph.Graph;
import io.ownerscope.loading.LoadService;
import io.ownerscope.loading.LoadSettings;
import io.ownerscope.loading.SourceReader;
import io.ownerscope.loading.offline.LoadingBenchmark;
import io.ownerscope.ownership.DesignationRecompute;
import io.ownerscope.ownership.OwnershipBenchmark.Measurement;
import io.ownerscope.ownership.OwnershipBenchmark;
import io.ownerscope.ownership.OwnershipHttpBenchmark;
import io.ownerscope.paths.PathsBenchmark;
import io.ownerscope.screening.ScreeningBenchmark;
import io.ownerscope.system.CommandNeeds;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ownerscope benchmark}: generates a synthetic ownership and trade graph, loads it through the canonical CSV
 * loader over Bolt, times the initial offline load and Neo4j's importer alone on the same rows, and times the
 * analyses against plain Cypher. Run it on a store of its own ({@code --ownerscope.embedded.store-path=...}).
 */
@Component
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Time the ownership analyses on a synthetic graph, side by side with plain Cypher.")
public final class BenchmarkCommand implements Callable<Integer>, CommandNeeds {

    /** Picking the intermediaries to time reads the whole graph once. */
    private static final Duration PICKING_TIMEOUT = Duration.ofMinutes(10);

    @Option(names = "--companies", defaultValue = "1000000", description = "Companies in the synthetic graph")
    int companies;

    @Option(names = "--samples", defaultValue = "200", description = "Entities each per-entity query is timed on")
    int samples;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Option(names = "--work-dir", description = "Where the synthetic CSV files are written (default: a temp dir)")
    Path workDir;

    @Option(names = "--skip-load", description = "Reuse a synthetic graph loaded by an earlier run")
    boolean skipLoad;

    @Option(names = "--load-only", description = "Time the loads only, not the analyses")
    boolean loadOnly;

    @Option(names = "--skip-bolt", description = "Do not time the load over Bolt (only the offline loads)")
    boolean skipBolt;

    @Option(names = "--skip-initial", description = "Do not time the initial offline load and the importer")
    boolean skipInitial;

    /** The graphs the benchmark can generate. */
    enum Shape {
        /** Registries and customs records with skewed degrees ({@link SyntheticGraph}). */
        synthetic,
        /** A random ownership tree, every third company with a second owner ({@link DeepChainGraph}). */
        deep_chain
    }

    @Option(names = "--shape", defaultValue = "synthetic", converter = ShapeConverter.class,
            description = "Graph to generate: synthetic or deep-chain (default: ${DEFAULT-VALUE})")
    Shape shape;

    @Option(names = "--id-prefix", defaultValue = "c",
            description = "What the deep-chain graph's company ids start with (default: ${DEFAULT-VALUE})")
    String idPrefix;

    @Option(names = "--generate-only", paramLabel = "DIR",
            description = "Write the generated CSV files into DIR and stop (load them with load --format csv DIR)")
    Path generateOnly;

    /** The groups of analyses the benchmark can time. */
    enum Analysis {
        ownership, paths, chains, screening, audit,
        /** Owners and designation over HTTP from a running service, beside the plain queries (not in the default). */
        http,
        /** The load command beside the plain driver's UNWIND MERGE on the deep-chain graph (not in the default). */
        load_vs_plain,
        /** Concurrent API clients with and without a load running into the same service (not in the default). */
        reads_during_load;

        /** Whether the analysis times calls on sampled companies (the comparisons of loads run on their own). */
        boolean sampled() {
            return this != load_vs_plain && this != reads_during_load;
        }
    }

    @Option(names = "--analyses", split = ",", defaultValue = "ownership,paths,chains,screening,audit",
            converter = AnalysisConverter.class,
            description = "Analyses to time, of ownership, paths, chains, screening, audit, http, load-vs-plain, "
                    + "reads-during-load (default: the first five)")
    List<Analysis> analyses;

    @Option(names = {"--service", "--service-url"}, defaultValue = "http://localhost:8080",
            description = "The running service the http and reads-during-load analyses call (default: ${DEFAULT-VALUE}); "
                    + "run the benchmark on its store path, so that the plain queries go to the same Neo4j")
    URI service;

    @Option(names = {"--api-key", "--service-key"}, defaultValue = "${env:OWNERSCOPE_API_KEY}",
            description = "API key of that service (default: the environment variable OWNERSCOPE_API_KEY)")
    String apiKey;

    @Option(names = "--clients", defaultValue = "50", description = "Concurrent API clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--reads-seconds", defaultValue = "60",
            description = "How long the API clients run without a load, and at least while it runs (default: ${DEFAULT-VALUE})")
    int readsSeconds;

    @Option(names = "--load-jvm-options", split = " ", defaultValue = "-Xmx3g",
            description = "JVM options of the load command the comparisons run (default: ${DEFAULT-VALUE})")
    List<String> loadJvmOptions;

    @Option(names = "--naive-timeout", defaultValue = "10",
            description = "Seconds each plain Cypher query may run before it counts as failed (default: ${DEFAULT-VALUE})")
    int naiveTimeoutSeconds;

    @Spec
    CommandSpec spec;

    private final ObjectProvider<LoadSettings> loadSettings;
    private final ObjectProvider<LoadService> loadService;
    private final ObjectProvider<Graph> graph;
    private final ObjectProvider<DesignationRecompute> designationRecompute;
    private final ObjectProvider<OwnershipBenchmark> ownershipBenchmark;
    private final ObjectProvider<PathsBenchmark> pathsBenchmark;
    private final ObjectProvider<ChainsBenchmark> chainsBenchmark;
    private final ObjectProvider<ScreeningBenchmark> screeningBenchmark;
    private final ObjectProvider<AuditBenchmark> auditBenchmark;
    private final ObjectProvider<OwnershipHttpBenchmark> ownershipHttpBenchmark;
    private final Environment environment;

    /** What the command uses starts only when it runs, not for {@code --help} or a bad command line. */
    BenchmarkCommand(ObjectProvider<LoadSettings> loadSettings, ObjectProvider<LoadService> loadService,
            ObjectProvider<Graph> graph, ObjectProvider<DesignationRecompute> designationRecompute,
            ObjectProvider<OwnershipBenchmark> ownershipBenchmark, ObjectProvider<PathsBenchmark> pathsBenchmark,
            ObjectProvider<ChainsBenchmark> chainsBenchmark, ObjectProvider<ScreeningBenchmark> screeningBenchmark,
            ObjectProvider<AuditBenchmark> auditBenchmark, ObjectProvider<OwnershipHttpBenchmark> ownershipHttpBenchmark,
            Environment environment) {
        this.environment = environment;
        this.loadSettings = loadSettings;
        this.loadService = loadService;
        this.graph = graph;
        this.designationRecompute = designationRecompute;
        this.ownershipBenchmark = ownershipBenchmark;
        this.pathsBenchmark = pathsBenchmark;
        this.chainsBenchmark = chainsBenchmark;
        this.screeningBenchmark = screeningBenchmark;
        this.auditBenchmark = auditBenchmark;
        this.ownershipHttpBenchmark = ownershipHttpBenchmark;
    }

    /** Writing the CSV files alone needs no graph. */
    @Override
    public boolean application() {
        return generateOnly == null;
    }

    private SourceReader csvReader() {
        return loadService.getObject().reader("csv").orElseThrow();
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (generateOnly != null) {
            long start = System.nanoTime();
            var generated = generate(generateOnly.toAbsolutePath());
            out.printf("generated %d companies (%s) as CSV in %.1f s (%s): %,d entities, %,d relationships, "
                    + "%,d rows%n", companies, shape.name().replace('_', '-'), seconds(start),
                    generateOnly.toAbsolutePath(), generated.entities(), generated.relationships(), generated.rows());
            return 0;
        }
        LoadComparison.Result plainComparison = null;
        if (!skipLoad) {
            var dir = workDir != null ? workDir.toAbsolutePath() : Files.createTempDirectory("ownerscope-synthetic");
            long start = System.nanoTime();
            var generated = generate(dir.resolve("csv"));
            out.printf("generated %d companies as CSV in %.1f s (%s): %,d entities, %,d relationships, "
                    + "%,d listings, %,d shipments, %,d rows%n", companies, seconds(start), dir, generated.entities(),
                    generated.relationships(), generated.sanctions(), generated.shipments(), generated.rows());
            var settings = loadSettings.getObject();
            int batchSize = settings.batchSize();
            if (analyses.contains(Analysis.load_vs_plain)) {
                if (shape != Shape.deep_chain) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "--analyses load-vs-plain needs --shape deep-chain");
                }
                var comparison = new LoadComparison(BoltTarget.of(environment),
                        graph.getObject().settings().database(), new LoadCommandRun(loadJvmOptions));
                plainComparison = comparison.run(new DeepChainGraph(companies, seed, idPrefix), dir.resolve("csv"),
                        "deep-chain", List.of("--logging.level.io.ownerscope.loading=INFO",
                                "--logging.level.io.ownerscope.pipeline=INFO"), dir.resolve("load-command.log"), out);
            } else if (!skipBolt) {
                var bolt = LoadingBenchmark.overBolt(graph.getObject(), csvReader(), dir.resolve("csv"),
                        "synthetic", batchSize, settings.writers());
                out.printf("Bolt load (batch %d, %d writers): %,d records incl. %,d relationships in %.1f s: "
                        + "%,.0f records/s, %,.0f relationships/s, %d rejected%n", batchSize, settings.writers(),
                        bolt.rows(), bolt.relationships(), bolt.loadSeconds(), bolt.rows() / bolt.loadSeconds(),
                        bolt.relationships() / bolt.loadSeconds(), bolt.report().counts().rejected());
                start = System.nanoTime();
                designationRecompute.getObject().recomputeAll(LocalDate.now());
                out.printf("designation recompute after the load: %.1f s%n", seconds(start));
                out.flush();
            }
            if (!skipInitial) {
                var initial = LoadingBenchmark.initial(csvReader(), dir.resolve("csv"), "synthetic", batchSize,
                        dir.resolve("stores"));
                out.printf("load --initial into a new store: %.1f s (reading, checking and writing the importer's "
                        + "files, import, schema); %,d nodes, %,d relationships%n", initial.initialSeconds(),
                        initial.importedNodes(), initial.importedRelationships());
                out.printf("Neo4j importer alone on the same files: %.1f s: %,.0f relationships/s%n",
                        initial.importerSeconds(), initial.importedRelationships() / initial.importerSeconds());
                if (plainComparison != null) {
                    out.printf("ownerscope load over Bolt (whole command) / load --initial: %.2f; / importer alone: "
                            + "%.2f%n", initial.initialSeconds() / plainComparison.ours().seconds(),
                            initial.importerSeconds() / plainComparison.ours().seconds());
                }
                out.flush();
            }
        }
        if (analyses.contains(Analysis.reads_during_load)) {
            if (apiKey == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--analyses reads-during-load needs --service-key (an API key of the service at --service-url)");
            }
            var dir = workDir != null ? workDir.toAbsolutePath() : Files.createTempDirectory("ownerscope-reads");
            var prefix = "rdl" + seed + "-";
            new ReadsDuringLoad(graph.getObject(), service, apiKey, new LoadCommandRun(loadJvmOptions),
                    BoltTarget.of(environment), Duration.ofMinutes(2)).run(clients, Duration.ofSeconds(readsSeconds),
                    new DeepChainGraph(companies, seed, prefix), prefix, dir, out);
        }
        if (loadOnly || analyses.stream().noneMatch(Analysis::sampled)) {
            return 0;
        }
        var random = new SplittableRandom(seed + 1);
        var ids = new ArrayList<String>();
        for (int i = 0; i < samples; i++) {
            ids.add(SyntheticGraph.company(random.nextInt(companies)));
        }
        int warmup = Math.min(20, samples);
        var naive = Duration.ofSeconds(naiveTimeoutSeconds);
        out.println();
        out.println("| operation | runs | p50 ms | p95 ms | p99 ms | max ms | failed |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        out.flush();
        if (analyses.contains(Analysis.ownership)) {
            measure(out, "ownership", () -> ownershipBenchmark.getObject().measure(ids, warmup, naive));
        }
        if (analyses.contains(Analysis.http)) {
            measure(out, "owners and designation over HTTP", () -> {
                if (apiKey == null || apiKey.isBlank()) {
                    throw new IllegalArgumentException("give the service's API key: --api-key or OWNERSCOPE_API_KEY");
                }
                return ownershipHttpBenchmark.getObject().measure(new OwnershipHttpBenchmark.Service(service, apiKey),
                        ids, naive);
            });
        }
        if (analyses.contains(Analysis.paths)) {
            measure(out, "paths and exposure",
                    () -> pathsBenchmark.getObject().measure(ids, warmup, naive));
            try {
                var memory = pathsBenchmark.getObject().snapshotMemory();
                out.printf("Exposure snapshot: %,d entities, %.1f MiB held (%.0f MiB per million entities)%n",
                        memory.entities(), memory.bytes() / 1048576.0,
                        memory.bytes() / 1048576.0 / Math.max(1, memory.entities()) * 1_000_000);
            } catch (RuntimeException e) {
                out.printf("Exposure snapshot: not measured (%s)%n", e.getMessage());
            }
            out.flush();
        }
        if (analyses.contains(Analysis.screening)) {
            measure(out, "screening", () -> screeningBenchmark.getObject().measure(ids, warmup, naive));
        }
        if (analyses.contains(Analysis.audit)) {
            measure(out, "audit trail", () -> auditBenchmark.getObject().measure(ids, warmup));
        }
        if (analyses.contains(Analysis.chains)) {
            var chains = chainsBenchmark.getObject();
            measure(out, "chains",
                    () -> chains.measure(chains.intermediaries(samples, PICKING_TIMEOUT), warmup, naive));
        }
        return 0;
    }

    /** Writes the chosen graph's CSV files into {@code directory}. */
    private SyntheticGraph.Counts generate(Path directory) throws IOException {
        if (shape == Shape.deep_chain) {
            var counts = new DeepChainGraph(companies, seed, idPrefix).write(directory);
            return new SyntheticGraph.Counts(counts.entities(), counts.relationships(), 0, 0, 0);
        }
        return new SyntheticGraph(companies, seed).write(directory);
    }

    /** Accepts {@code load-vs-plain} as written on the command line. */
    static final class AnalysisConverter implements ITypeConverter<Analysis> {

        @Override
        public Analysis convert(String value) {
            return Analysis.valueOf(value.replace('-', '_'));
        }
    }

    /** Accepts {@code deep-chain} as written on the command line. */
    static final class ShapeConverter implements ITypeConverter<Shape> {

        @Override
        public Shape convert(String value) {
            return Shape.valueOf(value.replace('-', '_'));
        }
    }

    /**
     * Prints each figure of one group of operations as soon as the group is measured; a group that cannot run
     * (its sample could not be picked, the store is missing what it needs) is reported and the others still run.
     */
    private static void measure(PrintWriter out, String group, Supplier<List<Measurement>> measurements) {
        try {
            for (var m : measurements.get()) {
                out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %d |%n", m.operation(), m.runs(), m.p50(),
                        m.p95(), m.p99(), m.max(), m.failures());
                out.flush();
            }
        } catch (RuntimeException e) {
            out.printf("| %s: not measured (%s) | | | | | | |%n", group, e.getMessage());
            out.flush();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
