package io.ownerscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.ownerscope.OwnerscopeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @Test
    void settingsGoToTheApplicationAndTheRestToTheCommand() {
        var split = Cli.SplitArguments.of(new String[] {"load", "--format", "csv", "--dataset=x",
                "--spring.neo4j.uri=bolt://localhost:7687", "--ownerscope.embedded.store-path=stores/g", "dir"});

        assertThat(split.settings()).containsExactly("--spring.neo4j.uri=bolt://localhost:7687",
                "--ownerscope.embedded.store-path=stores/g");
        assertThat(split.command()).containsExactly("load", "--format", "csv", "--dataset=x", "dir");
    }

    @Test
    void onlyKnownCommandsAreHandledByTheCommandLine() {
        assertThat(Cli.handles(new String[] {"load", "--help"})).isTrue();
        assertThat(Cli.handles(new String[] {"query", "new-firms-importing-chpl"})).isTrue();
        assertThat(Cli.handles(new String[] {"--version"})).isTrue();
        assertThat(Cli.handles(new String[] {"--help"})).isTrue();
        assertThat(Cli.handles(new String[] {"--server.port=9090"})).isFalse();
        assertThat(Cli.handles(new String[0])).isFalse();
    }

    @Test
    void aBadCommandLineOrHelpExitsWithoutStartingTheStore(@TempDir Path dir) {
        var store = "--ownerscope.embedded.store-path=" + dir.resolve("store");

        assertThat(Cli.run(OwnerscopeApplication.class, new String[] {"load", "somewhere", store})).isEqualTo(2);
        assertThat(Cli.run(OwnerscopeApplication.class, new String[] {"load", "--format", "xml", "somewhere", store}))
                .isEqualTo(2);
        assertThat(Cli.run(OwnerscopeApplication.class, new String[] {"query", "x", "--format", "xml", store}))
                .isEqualTo(2);
        assertThat(Cli.run(OwnerscopeApplication.class, new String[] {"query", "x", "--param", store})).isEqualTo(2);
        assertThat(Cli.run(OwnerscopeApplication.class, new String[] {"load", "--help", store})).isZero();
        assertThat(Cli.run(OwnerscopeApplication.class, new String[] {"designations", "--help", store})).isZero();
        assertThat(Cli.run(OwnerscopeApplication.class, new String[] {"--help", store})).isZero();

        assertThat(dir.resolve("store")).doesNotExist();
    }

    @Test
    void theVersionIsAnsweredAtOnce(@TempDir Path dir) {
        var out = new java.io.ByteArrayOutputStream();
        var original = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(Cli.run(OwnerscopeApplication.class, new String[] {"--version",
                    "--ownerscope.embedded.store-path=" + dir.resolve("store")})).isZero();
        } finally {
            System.setOut(original);
        }

        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("ownerscope ");
        assertThat(dir.resolve("store")).doesNotExist();
    }

    @Test
    void failuresAreExplainedByTheirMostUsefulCause() {
        var wrapped = new IllegalStateException("context failed",
                new io.ownerscope.loading.LoadException("entities.csv: is not valid UTF-8"));

        assertThat(Cli.explain(wrapped)).isEqualTo("entities.csv: is not valid UTF-8");
        assertThat(Cli.explain(new RuntimeException("outer", new IllegalArgumentException("inner"))))
                .isEqualTo("IllegalArgumentException: inner");
    }
}
