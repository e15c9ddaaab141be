package io.ownerscope.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;

/**
 * Concurrent API clients (entity, search, owners, exposure) against a running service, first alone and then while
 * the load command writes a deep-chain graph of new companies into the same service; the load must end with every
 * row in the graph.
 */
final class ReadsDuringLoad {

    private static final String SAMPLE = Cypher.load("benchmark/sample-companies.cypher");
    private static final String COUNT = Cypher.load("benchmark/count-by-id-prefix.cypher");
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);
    private static final int SAMPLE_SIZE = 500;

    /** The clients without and with the load, and what the load wrote. */
    record Result(ApiClients.Figures quiet, ApiClients.Figures loading, LoadCommandRun.Result load, long entities,
            long relationships, long expectedRelationships) {

        boolean everyRow() {
            return relationships == expectedRelationships;
        }
    }

    private final Graph graph;
    private final URI service;
    private final String apiKey;
    private final LoadCommandRun command;
    private final BoltTarget bolt;

    private final Duration afterLoadLimit;

    /** @param afterLoadLimit how long the load command may go on after its rows are written before it is stopped */
    ReadsDuringLoad(Graph graph, URI service, String apiKey, LoadCommandRun command, BoltTarget bolt,
            Duration afterLoadLimit) {
        this.afterLoadLimit = afterLoadLimit;
        this.graph = graph;
        this.service = service;
        this.apiKey = apiKey;
        this.command = command;
        this.bolt = bolt;
    }

    Result run(int clients, Duration duration, DeepChainGraph load, String prefix, Path workDir, PrintWriter out)
            throws Exception {
        List<String> ids = graph.read(tx -> tx.run(SAMPLE, Map.of("limit", SAMPLE_SIZE)).single().get("ids")
                .asList(v -> v.asString()));
        if (ids.isEmpty()) {
            throw new IllegalStateException("the service's graph holds no company to ask about; load one first");
        }
        var api = new ApiClients(service, apiKey, ids, CLIENT_TIMEOUT);
        out.printf("%d API clients (entity, search, owners, exposure on %d companies), %d s without a load ...%n",
                clients, ids.size(), duration.toSeconds());
        out.flush();
        var quiet = api.run(clients, duration, () -> true);
        print(out, "without a load", quiet);
        var csv = workDir.resolve("reads-during-load");
        var written = load.write(csv);
        var started = command.start(csv, "reads-during-load", bolt.settings(),
                List.of("--logging.level.io.ownerscope.loading=INFO", "--logging.level.io.ownerscope.pipeline=INFO"),
                workDir.resolve("reads-during-load.log"));
        out.printf("... and while the load command writes %,d companies and %,d ownerships (until it ends, at "
                + "least %d s) ...%n", written.entities(), written.relationships(), duration.toSeconds());
        out.flush();
        var loading = api.run(clients, duration, () -> !started.process().isAlive() || rowsWritten(started));
        if (started.process().isAlive() && !started.process().waitFor(afterLoadLimit.toSeconds(), TimeUnit.SECONDS)) {
            out.printf("the load command's rows are written; its after-load steps ran longer than %d s and were "
                    + "stopped%n", afterLoadLimit.toSeconds());
            started.process().destroy();
        }
        var finished = command.finish(started);
        print(out, "during the load", loading);
        var counts = graph.read(tx -> tx.run(COUNT, Map.of("prefix", prefix)).single());
        var result = new Result(quiet, loading, finished, counts.get("entities").asLong(),
                counts.get("relationships").asLong(), written.relationships());
        out.printf("the load: exit %d in %.1f s; in the graph %,d of %,d companies and %,d of %,d ownerships%s%n",
                finished.exitCode(), finished.seconds(), result.entities(), written.entities(),
                result.relationships(), written.relationships(), result.everyRow() ? " (every row)" : " (ROWS MISSING)");
        finished.summary().forEach(line -> out.println("  | " + line));
        out.printf("throughput during the load / without: %.2f%n", loading.perSecond() / quiet.perSecond());
        out.flush();
        return result;
    }

    /** Whether the load command logged its load run finished: every row written, the after-load steps to come. */
    private static boolean rowsWritten(LoadCommandRun.Started started) {
        try {
            return Files.readString(started.log(), StandardCharsets.UTF_8).contains(" finished in ");
        } catch (IOException e) {
            return false;
        }
    }

    private static void print(PrintWriter out, String when, ApiClients.Figures f) {
        out.printf("| reads %s | %,d requests in %.0f s | %.1f req/s | p50 %.0f ms | p95 %.0f ms | p99 %.0f ms | "
                + "max %.0f ms | %d failed | %d timed out (%d s) | %d 504 |%n", when, f.requests(), f.seconds(),
                f.perSecond(), f.p50(), f.p95(), f.p99(), f.max(), f.failures(), f.timeouts(),
                CLIENT_TIMEOUT.toSeconds(), f.gatewayTimeouts());
        var each = new StringBuilder("|   each, p50 / p99 of its answers and its timeouts:");
        f.byOperation().forEach((operation, times) -> each.append(String.format(Locale.ROOT,
                " %s %.0f / %.0f ms, %.0f;", operation, times[0], times[1], times[2])));
        out.println(each);
        out.flush();
    }
}
