package io.ownerscope.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.ownerscope.OwnerscopeApplication;
import io.ownerscope.cli.Cli;
import io.ownerscope.testing.CapturedTerminal;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code ownerscope benchmark} on a tiny synthetic graph: what it loads, what it times, and what it leaves out. */
class BenchmarkCommandIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedTerminal terminal = new CapturedTerminal();

    @BeforeEach
    void emptyGraph() {
        TestGraphs.emptyGraph(HarnessNeo4j.driver());
    }

    @Test
    void loadsOverBoltAndTimesOnlyTheAnalysesAskedFor() {
        int exit = Cli.run(OwnerscopeApplication.class, new String[] {"benchmark", "--companies", "300",
                "--samples", "3", "--skip-initial", "--analyses", "paths,chains", "--naive-timeout", "5",
                "--work-dir", dir.toString(), "--spring.neo4j.uri=" + HarnessNeo4j.boltUri()});

        assertThat(exit).as(terminal.stderr()).isZero();
        var out = terminal.stdout();
        assertThat(out).containsPattern("Bolt load \\(batch \\d+, 2 writers\\): [\\d,]+ records")
                .contains("| paths, 3 shortest, ≤ 6 hops (ownerscope) | 3 |")
                .contains("| exposure OFAC, ≤ 6 hops (ownerscope) | 3 |")
                .contains("| chains through one intermediary (ownerscope) |")
                .doesNotContain("owners (ownerscope)").doesNotContain("not measured")
                .doesNotContain("load --initial");
    }
}
