package io.ownerscope.testing;

import java.nio.file.Path;

import io.ownerscope.OwnerscopeApplication;
import io.ownerscope.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a data team runs it, against the harness Neo4j: each case on an empty graph, with a directory
 * of its own for input and output files and the terminal captured.
 */
public abstract class CommandLineTest {

    @TempDir
    protected Path dir;

    @RegisterExtension
    protected final CapturedTerminal terminal = new CapturedTerminal();

    @BeforeEach
    void emptyGraph() {
        TestGraphs.emptyGraph(HarnessNeo4j.driver());
    }

    /** The argument that points a command at the harness Neo4j. */
    protected static String onHarness() {
        return "--spring.neo4j.uri=" + HarnessNeo4j.boltUri();
    }

    /** Runs {@code ownerscope} with these arguments; its exit code. */
    protected static int cli(String... args) {
        return Cli.run(OwnerscopeApplication.class, args);
    }
}
