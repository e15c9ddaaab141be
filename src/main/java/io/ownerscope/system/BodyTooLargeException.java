package io.ownerscope.system;

import java.io.IOException;

import org.springframework.util.unit.DataSize;

/** A request body ran past {@link ApiLimits#maxBodySize()} while it was read. */
final class BodyTooLargeException extends IOException {

    BodyTooLargeException(DataSize limit) {
        super(detail(limit));
    }

    static String detail(DataSize limit) {
        return "The request body is larger than the limit of " + limit.toBytes() + " bytes ("
                + limit.toKilobytes() + " KB); send a smaller one";
    }
}
