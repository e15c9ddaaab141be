package io.ownerscope.graph;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * {@code neo4j-admin dbms set-initial-password} for a store that has not started yet: the user {@code neo4j} then
 * exists with this password from its first moment, and Bolt never accepts Neo4j's default password.
 */
final class InitialPassword {

    private InitialPassword() {
    }

    /** Sets the password a new store's user {@code neo4j} starts with; a store that has started before is left. */
    static void setIfNew(Path storeHome, String password) {
        if (Files.exists(storeHome.resolve("data").resolve("databases").resolve("system"))) {
            return;
        }
        var output = new ByteArrayOutputStream();
        int exit;
        try (var out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            var context = new ExecutionContext(storeHome, storeHome.resolve("conf"), out, out,
                    new DefaultFileSystemAbstraction());
            // "--" ends the options: a password may start with a hyphen
            var messages = new PrintWriter(out, true, StandardCharsets.UTF_8);
            exit = new CommandLine(new SetInitialPasswordCommand(context)).setOut(messages).setErr(messages)
                    .execute("--", password);
        }
        if (exit != 0) {
            throw new IllegalStateException("Could not set the initial password of the embedded store " + storeHome
                    + ": " + output.toString(StandardCharsets.UTF_8).strip());
        }
    }
}
