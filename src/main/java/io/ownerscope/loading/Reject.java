package io.ownerscope.loading;

/**
 * A row that was not loaded, and why.
 *
 * @param file the file name
 * @param line the line the record starts on (1 is the header)
 * @param reason what is wrong, in words a data team can act on
 * @param raw the record as read
 */
public record Reject(String file, long line, String reason, String raw) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
