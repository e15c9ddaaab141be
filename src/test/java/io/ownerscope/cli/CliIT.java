package io.ownerscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.ownerscope.OwnerscopeApplication;
import io.ownerscope.graph.EmbeddedNeo4j;
import io.ownerscope.graph.EmbeddedSettings;
import io.ownerscope.testing.CapturedTerminal;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code ownerscope load} as a data team runs it. */
class CliIT {

    @TempDir
    Path dir;

    @RegisterExtension
    final CapturedTerminal terminal = new CapturedTerminal();

    @BeforeEach
    void emptyGraph() {
        TestGraphs.emptyGraph(HarnessNeo4j.driver());
    }

    private int load(String... extra) {
        var args = new java.util.ArrayList<>(java.util.List.of("load", "--format", "csv", dir.toString()));
        args.addAll(java.util.List.of(extra));
        return Cli.run(OwnerscopeApplication.class, args.toArray(String[]::new));
    }

    @Test
    void aCleanLoadExitsZeroWithASummary() throws Exception {
        Files.writeString(dir.resolve("entities.csv"), "id,type,name\na,company,Alpha\nb,person,Bob\n");
        Files.writeString(dir.resolve("relationships.csv"), "from_id,to_id,type,share\nb,a,OWNS,100\n");

        int exit = load("--spring.neo4j.uri=" + HarnessNeo4j.boltUri(), "--dataset", "registry");

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

        int exit = load("--spring.neo4j.uri=" + HarnessNeo4j.boltUri(), "--rejects", rejects.toString());

        assertThat(exit).isOne();
        assertThat(terminal.stdout()).contains("rejected: entities.csv:3: unknown type 'boat'");
        assertThat(Files.readAllLines(rejects)).singleElement().asString()
                .contains("\"file\":\"entities.csv\"", "\"line\":3", "\"raw\":\"b,boat,Bob\"");
    }

    @Test
    void aLockedEmbeddedStoreIsExplainedInOneLine() throws Exception {
        Files.writeString(dir.resolve("entities.csv"), "id,type,name\na,company,Alpha\n");
        var store = dir.resolve("store");
        try (var running = EmbeddedNeo4j.start(new EmbeddedSettings(store, 0, ""))) {
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
        assertThat(load("--spring.neo4j.uri=" + HarnessNeo4j.boltUri())).isZero();

        int exit = Cli.run(OwnerscopeApplication.class, new String[] {"designations", "--regime", "OFAC",
                "--spring.neo4j.uri=" + HarnessNeo4j.boltUri()});

        assertThat(exit).isZero();
        assertThat(terminal.stdout()).containsPattern("OFAC\\s+\\S+\\s+1\\s+1\\s+0");
        assertThat(Cli.run(OwnerscopeApplication.class, new String[] {"designations", "--regime", "XX",
                "--spring.neo4j.uri=" + HarnessNeo4j.boltUri()})).isEqualTo(2);
        assertThat(terminal.stderr()).contains("unknown regime 'XX'");
    }

    @Test
    void aMissingDirectoryIsExplained() {
        int exit = Cli.run(OwnerscopeApplication.class, new String[] {"load", "--format", "csv",
                dir.resolve("nowhere").toString(), "--spring.neo4j.uri=" + HarnessNeo4j.boltUri()});

        assertThat(exit).isEqualTo(3);
        assertThat(terminal.stderr()).contains("error: Not a directory:");
    }
}
