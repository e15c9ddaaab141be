package io.ownerscope.loading;

/** A load cannot go on: unreadable input, a file that is not UTF-8, a missing directory. */
public class LoadException extends RuntimeException {

    private final long line;

    public LoadException(String message) {
        super(message);
        this.line = 0;
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
        this.line = 0;
    }

    /** @param line the line of the input the problem is on */
    public LoadException(String message, long line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** The line of the input the problem is on, or 0 when it is not about one line. */
    public long line() {
        return line;
    }
}
