package io.ownerscope.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.ownerscope.testing.CommandLineTest;
import org.junit.jupiter.api.Test;

/** {@code ownerscope benchmark} on a tiny synthetic graph: what it loads, what it times, and what it leaves out. */
class BenchmarkCommandIT extends CommandLineTest {

    @Test
    void loadsOverBoltAndTimesOnlyTheAnalysesAskedFor() {
        int exit = cli(new String[] {"benchmark", "--companies", "300",
                "--samples", "3", "--skip-initial", "--analyses", "paths,chains", "--naive-timeout", "5",
                "--work-dir", dir.toString(), onHarness()});

        assertThat(exit).as(terminal.stderr()).isZero();
        var out = terminal.stdout();
        assertThat(out).containsPattern("Bolt load \\(batch \\d+, 2 writers\\): [\\d,]+ records")
                .contains("| paths, 3 shortest, ≤ 6 hops (ownerscope) | 3 |")
                .contains("| exposure OFAC, ≤ 6 hops (ownerscope) | 3 |")
                .contains("| chains through one intermediary (ownerscope) |")
                .doesNotContain("owners (ownerscope)").doesNotContain("not measured")
                .doesNotContain("load --initial");
    }

    @Test
    void timesTheHttpAnalysisWhenItIsTheOnlyOneAskedFor() {
        int exit = cli(new String[] {"benchmark", "--companies", "50", "--samples", "2", "--skip-initial",
                "--analyses", "http", "--service", "http://127.0.0.1:9", "--api-key", "no-service-here",
                "--naive-timeout", "5", "--work-dir", dir.toString(), onHarness()});

        assertThat(exit).as(terminal.stderr()).isZero();
        assertThat(terminal.stdout()).contains("over HTTP").doesNotContain("paths, 3 shortest");
    }
}
