package io.ownerscope.graph;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;

/**
 * Shows a password the embedded store has just generated, once. It goes to the console's error stream rather than
 * the log, so that it stays out of log files and out of a command's output on standard out.
 */
final class GeneratedPasswordNotice {

    private GeneratedPasswordNotice() {
    }

    static void print(PrintStream console, BoltCredentials credentials, URI boltUri, Path passwordFile) {
        console.printf("""

                ================================================================================
                 The embedded Neo4j asks for a password on Bolt. One was generated for this store:
                   user       %s
                   password   %s
                   Bolt       %s
                 It is kept in %s (readable by you only) and
                 used again at every start; set ownerscope.embedded.password to choose your own.
                 Neo4j Browser: run  :server connect  and give %s with this user and password.
                ================================================================================

                """, credentials.user(), credentials.password(), boltUri, passwordFile, boltUri);
        console.flush();
    }
}
