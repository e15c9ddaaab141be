package io.ownerscope.loading;

/** Thrown while reading a row that cannot be loaded; the reader turns it into a {@link Reject}. */
public final class RowRejectedException extends RuntimeException {

    public RowRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
