package io.ownerscope.graph;

/**
 * The embedded Neo4j could not start for a reason the user can fix: the message names the cause, {@link #action()}
 * the setting that fixes it.
 */
public abstract sealed class EmbeddedStartException extends RuntimeException
        permits EmbeddedStoreLockedException, EmbeddedBoltPortInUseException, EmbeddedStoreUnusableException {

    private final String action;

    EmbeddedStartException(String cause, String action, Throwable neo4jFailure) {
        super(cause, neo4jFailure);
        this.action = action;
    }

    /** What to do about it, naming the setting. */
    public String action() {
        return action;
    }
}
