package io.ownerscope.queries;

import java.time.Duration;

import io.ownerscope.system.ApiException;
import org.springframework.http.HttpStatus;

/** A saved query that ran past the transaction timeout ({@code ownerscope.query.timeout}); Neo4j stopped it. */
final class QueryTimeoutException extends ApiException {

    QueryTimeoutException(String name, Duration timeout) {
        super(HttpStatus.GATEWAY_TIMEOUT, "Saved query '" + name + "' ran past its time limit of "
                + timeout.toString().substring(2).toLowerCase(java.util.Locale.ROOT)
                + " and was stopped; narrow it (a shorter period, fewer countries or codes) and run it again");
    }
}
