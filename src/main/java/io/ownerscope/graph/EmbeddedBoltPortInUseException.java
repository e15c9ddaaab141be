package io.ownerscope.graph;

/** The embedded Neo4j's Bolt port is taken, by another Neo4j or another ownerscope on another store. */
public final class EmbeddedBoltPortInUseException extends EmbeddedStartException {

    EmbeddedBoltPortInUseException(int boltPort, Throwable cause) {
        super("The embedded Neo4j cannot listen on Bolt port " + boltPort + ": another process uses it.",
                "Stop that process, or choose another port: --ownerscope.embedded.bolt-port=0 picks a free one "
                        + "(or give a free port number).", cause);
    }
}
