package io.ownerscope.system;

import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 Problem Details body; Spring MVC's own (missing or mistyped parameters,
 * failed validation, unknown paths) come through the base class. No stack trace ever leaves the service.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiException.class)
    ProblemDetail api(ApiException e) {
        return problem(e.status(), e.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidParameter(ConstraintViolationException e) {
        var detail = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, detail);
    }

    @ExceptionHandler({ServiceUnavailableException.class, SessionExpiredException.class})
    ProblemDetail graphUnavailable(RuntimeException e) {
        LOG.warn("Neo4j unavailable: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "The graph database is not reachable; try again shortly");
    }

    @ExceptionHandler({TransientException.class, ClientException.class})
    ProblemDetail graphRefused(RuntimeException e) {
        var message = String.valueOf(e.getMessage());
        if (message.contains("timeout") || message.contains("terminated")) {
            return problem(HttpStatus.GATEWAY_TIMEOUT,
                    "The query ran past its time limit; narrow it (fewer hops, a date range) and try again");
        }
        LOG.error("Graph query refused", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The graph query failed");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged");
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }
}
