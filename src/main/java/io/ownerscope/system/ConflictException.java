package io.ownerscope.system;

import org.springframework.http.HttpStatus;

/** The request cannot run now because of the state of the service (e.g. the same write is already running). */
public final class ConflictException extends ApiException {

    public ConflictException(String message) {
        super(HttpStatus.CONFLICT, message);
    }
}
