package io.ownerscope.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.ownerscope.chains.ChainsBenchmark;
import io.ownerscope.cli.CliContext;
import io.ownerscope.loading.CsvLoader;
import io.ownerscope.loading.CsvSource;
import io.ownerscope.ownership.OwnershipBenchmark;
import io.ownerscope.paths.PathsBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ownerscope benchmark}: generates a synthetic ownership graph, loads it through the canonical CSV loader and
 * times the analyses against plain Cypher. Run it on a store of its own
 * ({@code --ownerscope.embedded.store-path=...}).
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Time the ownership analyses on a synthetic graph, side by side with plain Cypher.")
public final class BenchmarkCommand implements Callable<Integer> {

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

    private final Supplier<CliContext> context;

    public BenchmarkCommand(Supplier<CliContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        var out = context.get().out();
        var generator = new SyntheticGraph(companies, seed);
        if (!skipLoad) {
            var dir = workDir != null ? workDir : Files.createTempDirectory("ownerscope-synthetic");
            long start = System.nanoTime();
            generator.write(dir);
            out.printf("generated %d companies as CSV in %.1f s (%s)%n", companies, seconds(start), dir);
            start = System.nanoTime();
            var report = context.get().bean(CsvLoader.class).load(CsvSource.directory(dir), "synthetic",
                    dir.toString());
            out.printf("loaded %d entities, %d relationships, %d sanctions in %.1f s (including the designation "
                    + "recompute after the load), %d rejected%n", report.counts().entities(),
                    report.counts().relationships(), report.counts().sanctions(), seconds(start),
                    report.counts().rejected());
        }
        var random = new SplittableRandom(seed + 1);
        var ids = new ArrayList<String>();
        for (int i = 0; i < samples; i++) {
            ids.add(SyntheticGraph.company(random.nextInt(companies)));
        }
        var results = context.get().bean(OwnershipBenchmark.class).measure(ids, Math.min(20, samples));
        results.addAll(context.get().bean(PathsBenchmark.class).measure(ids, Math.min(20, samples)));
        var chains = context.get().bean(ChainsBenchmark.class);
        results.addAll(chains.measure(chains.intermediaries(samples), Math.min(20, samples)));
        out.println();
        out.println("| operation | runs | p50 ms | p95 ms | p99 ms | max ms | failed |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        results.forEach(m -> out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %d |%n", m.operation(), m.runs(),
                m.p50(), m.p95(), m.p99(), m.max(), m.failures()));
        out.flush();
        return 0;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
