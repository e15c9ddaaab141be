package io.ownerscope.queries;

/** A query file the catalog cannot offer: a malformed header, a query that does not compile, or one that writes. */
final class InvalidQueryException extends RuntimeException {

    InvalidQueryException(String message) {
        super(message);
    }
}
