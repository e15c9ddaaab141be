package io.ownerscope.graph;

import java.nio.file.Path;

/** The embedded store's folder cannot be created, read or written. */
public final class EmbeddedStoreUnusableException extends EmbeddedStartException {

    EmbeddedStoreUnusableException(Path storePath, String reason, Throwable cause) {
        super("The graph store " + storePath + " cannot be used: " + reason + ".",
                "Give a folder this user may read and write: --ownerscope.embedded.store-path=...", cause);
    }
}
