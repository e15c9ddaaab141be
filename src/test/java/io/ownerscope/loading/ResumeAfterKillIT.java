package io.ownerscope.loading;

import static io.ownerscope.testing.TestGraphs.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.ownerscope.OwnerscopeApplication;
import io.ownerscope.cli.Cli;
import io.ownerscope.graph.Graph;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load killed mid-way (kill -9) and run again ends with the graph one clean load leaves: the same nodes,
 * relationships and properties, every fact first and last seen at the time of the run's first start. The batch size
 * does not name the run, so the rerun and the clean load use the default one.
 */
class ResumeAfterKillIT {

    private static final int COMPANIES = 6_000;
    /** Small batches, so that the killed load is caught between its first and its last. */
    private static final String SMALL_BATCHES = "--ownerscope.load.batch-size=50";

    @TempDir
    Path dir;

    @Test
    void aLoadKilledMidwayAndRunAgainEndsAsOneCleanLoad() throws Exception {
        var input = canonicalCsv();
        var graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());

        var child = new ProcessBuilder(command(input)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed-load.log").toFile()).start();
        try {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                    .until(() -> entities(graph) > 0 || !child.isAlive());
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        var killedAt = entities(graph);
        assertThat(killedAt).as("entities written when the load was killed").isPositive().isLessThan(COMPANIES);
        var run = query(graph, "MATCH (r:LoadRun) RETURN r").getFirst().get("r").asMap();
        assertThat(run).containsEntry("status", "running");

        assertThat(cli(input)).isZero();
        var resumed = GraphSnapshot.of(graph);

        TestGraphs.emptyGraph(HarnessNeo4j.driver());
        assertThat(cli(input)).isZero();
        var clean = GraphSnapshot.of(graph);

        assertThat(resumed.rows()).hasSize(clean.rows().size());
        assertThat(resumed.withoutTimes()).isEqualTo(clean.withoutTimes());
        assertThat(resumed.runStart()).isEqualTo(run.get("startedAt"));
        assertThat(resumed.timesOtherThanTheRunStart()).containsOnly("finishedAt");
        assertThat(query(graph, "MATCH (r:LoadRun) RETURN r.status AS s").getFirst().get("s").asString())
                .isEqualTo("completed");
    }

    /** Companies in a chain, each owning the next: entities first, then the links that need them. */
    private Path canonicalCsv() throws Exception {
        var input = Files.createDirectories(dir.resolve("chain"));
        var entities = new StringBuilder("id,type,name,country\n");
        var links = new StringBuilder("id,from_id,to_id,type,share\n");
        for (int i = 0; i < COMPANIES; i++) {
            entities.append("co-").append(i).append(",company,Company ").append(i).append(",KZ\n");
            if (i > 0 && i % 2 == 0) {
                links.append("r-").append(i).append(",co-").append(i - 1).append(",co-").append(i)
                        .append(",OWNS,51\n");
            }
        }
        Files.writeString(input.resolve("entities.csv"), entities);
        Files.writeString(input.resolve("relationships.csv"), links);
        return input;
    }

    private static List<String> command(Path input) {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                OwnerscopeApplication.class.getName()));
        command.addAll(arguments(input));
        command.add(SMALL_BATCHES);
        return command;
    }

    private static List<String> arguments(Path input) {
        return List.of("load", "--format", "csv", input.toString(), "--dataset", "chain", "--no-progress",
                "--rejects", input.resolveSibling("rejects.jsonl").toString(),
                "--spring.neo4j.uri=" + HarnessNeo4j.boltUri());
    }

    private static int cli(Path input) {
        return Cli.run(OwnerscopeApplication.class, arguments(input).toArray(String[]::new));
    }

    private static long entities(Graph graph) {
        return query(graph, "MATCH (e:Entity) RETURN count(e) AS n", Map.of()).getFirst().get("n").asLong();
    }
}
