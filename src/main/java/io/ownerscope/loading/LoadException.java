package io.ownerscope.loading;

/** A load cannot go on: unreadable input, a file that is not UTF-8, a missing directory. */
public class LoadException extends RuntimeException {

    public LoadException(String message) {
        super(message);
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
