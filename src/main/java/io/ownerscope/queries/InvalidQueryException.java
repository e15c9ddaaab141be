package io.ownerscope.queries;

/**
 * A query file the catalog cannot offer: a malformed header, a query that does not compile, one that writes, or one
 * that does what a saved query may not.
 */
final class InvalidQueryException extends RuntimeException {

    InvalidQueryException(String message) {
        super(message);
    }
}
