package io.ownerscope.queries;

import io.ownerscope.system.ApiException;
import org.springframework.http.HttpStatus;

/** A saved query that failed its start-up check: it is listed, with the reason, but does not run. */
final class QueryUnavailableException extends ApiException {

    QueryUnavailableException(String name, String problem) {
        super(HttpStatus.CONFLICT, "Saved query '" + name + "' is invalid and cannot run: " + problem);
    }
}
