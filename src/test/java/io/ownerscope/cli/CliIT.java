package io.ownerscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import io.ownerscope.graph.EmbeddedNeo4j;
import io.ownerscope.graph.EmbeddedSettings;
import io.ownerscope.testing.CommandLineTest;
import org.junit.jupiter.api.Test;

/** {@code ownerscope load} as a data team runs it. */
class CliIT extends CommandLineTest {

    private int load(String... extra) {
        var args = new java.util.ArrayList<>(java.util.List.of("load", "--format", "csv", dir.toString()));
        args.addAll(java.util.List.of(extra));
        return cli(args.toArray(String[]::new));
    }

    @Test
    void aCleanLoadExitsZeroWithASummary() throws Exception {
        Files.writeString(dir.resolve("entities.csv"), "id,type,name\na,company,Alpha\nb,person,Bob\n");
        Files.writeString(dir.resolve("relationships.csv"), "from_id,to_id,type,share\nb,a,OWNS,100\n");

        int exit = load(onHarness(), "--dataset", "registry");

        assertThat(exit).isZero();
        assertThat(terminal.stdout())
                .contains("dataset 'registry'")
                .containsPattern("entities\\s+2")
                .containsPattern("relationships\\s+1")
                .containsPattern("rejected\\s+0");
    }

    @Test
    void rejectedRowsGiveExitOneAndARejectsFile() throws Exception {
        Files.writeString(dir.resolve("entities.csv"), "id,type,name\na,company,Alpha\nb,boat,Bob\n");
        var rejects = dir.resolve("rejects.jsonl");

        int exit = load(onHarness(), "--rejects", rejects.toString());

        assertThat(exit).isOne();
        assertThat(terminal.stdout()).contains("rejected: entities.csv:3: unknown type 'boat'");
        assertThat(Files.readAllLines(rejects)).singleElement().asString()
                .contains("\"file\":\"entities.csv\"", "\"line\":3", "\"raw\":\"b,boat,Bob\"");
    }

    @Test
    void aLockedEmbeddedStoreIsExplainedInOneLine() throws Exception {
        Files.writeString(dir.resolve("entities.csv"), "id,type,name\na,company,Alpha\n");
        var store = dir.resolve("store");
        try (var running = EmbeddedNeo4j.start(new EmbeddedSettings(store, 0, "another-command"))) {
            // held by another command, which leaves no Bolt address for others to use
            Files.delete(store.resolve("bolt-address"));
            int exit = load("--ownerscope.embedded.store-path=" + store);

            assertThat(exit).isEqualTo(3);
            assertThat(terminal.stderr().strip())
                    .startsWith("error: The graph store")
                    .contains("--spring.neo4j.uri=bolt://localhost:")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void designationsAreRecomputedFromTheCommandLine() throws Exception {
        Files.writeString(dir.resolve("entities.csv"), "id,type,name\nx,person,X\na,company,A\n");
        Files.writeString(dir.resolve("relationships.csv"), "from_id,to_id,type,share\nx,a,OWNS,50\n");
        Files.writeString(dir.resolve("sanctions.csv"), "entity_id,authority,program\nx,OFAC,RUSSIA-EO14024\n");
        assertThat(load(onHarness())).isZero();

        int exit = cli(new String[] {"designations", "--regime", "OFAC",
                onHarness()});

        assertThat(exit).isZero();
        assertThat(terminal.stdout()).containsPattern("OFAC\\s+\\S+\\s+1\\s+1\\s+0");
        assertThat(cli(new String[] {"designations", "--regime", "XX",
                onHarness()})).isEqualTo(2);
        assertThat(terminal.stderr()).contains("unknown regime 'XX'");
    }

    @Test
    void aMissingDirectoryIsExplained() {
        int exit = cli(new String[] {"load", "--format", "csv",
                dir.resolve("nowhere").toString(), onHarness()});

        assertThat(exit).isEqualTo(3);
        assertThat(terminal.stderr()).isEqualTo("error: No such file or directory: " + dir.resolve("nowhere")
                + System.lineSeparator());
    }
}
