package io.ownerscope.cases;

import io.ownerscope.system.ApiException;
import org.springframework.http.HttpStatus;

/** The caller's role allows the operation, but not on this case (someone else's, for a non-admin). */
final class ForbiddenException extends ApiException {

    ForbiddenException(String message) {
        super(HttpStatus.FORBIDDEN, message);
    }
}
