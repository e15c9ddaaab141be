package io.ownerscope.graph;

import java.nio.file.Path;

/** The embedded store is held by another process, usually a running ownerscope service. */
public final class EmbeddedStoreLockedException extends EmbeddedStartException {

    EmbeddedStoreLockedException(Path storePath, int boltPort, Throwable cause) {
        super("The graph store " + storePath + " is in use by another process (is the ownerscope service running?).",
                "Connect to it through Bolt instead: --spring.neo4j.uri=bolt://localhost:"
                        + (boltPort == 0 ? 7687 : boltPort) + " --spring.neo4j.authentication.password=... (the "
                        + "password in " + storePath.resolve(BoltCredentials.PASSWORD_FILE)
                        + ", or ownerscope.embedded.password), or use another store: "
                        + "--ownerscope.embedded.store-path=...", cause);
    }
}
