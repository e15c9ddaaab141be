package io.ownerscope.system;

import org.springframework.http.HttpStatus;

/** The root of errors the API answers with a Problem Details body of the status each carries. */
public abstract class ApiException extends RuntimeException {

    private final HttpStatus status;

    protected ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
