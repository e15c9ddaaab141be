package io.ownerscope.system;

import java.time.Clock;
import java.time.Duration;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as an RFC 9457 Problem Details body; Spring MVC's own (missing or mistyped parameters,
 * failed validation, unknown paths) come through the base class. No stack trace ever leaves the service.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final StackTraceThrottle throttle = new StackTraceThrottle(Clock.systemUTC(), Duration.ofMinutes(1));
    private final ApiLimits limits;

    ProblemDetailsAdvice(ApiLimits limits) {
        this.limits = limits;
    }

    @ExceptionHandler(ApiException.class)
    ProblemDetail api(ApiException e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid(invalid.inputs());
        }
        return problem(e.status(), e.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidParameter(ConstraintViolationException e) {
        return invalid(e.getConstraintViolations().stream()
                .map(v -> Constraints.invalid(lastNode(v.getPropertyPath().toString()), v, siblings(v)))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var inputs = new ArrayList<InvalidInput>();
        for (var result : e.getParameterValidationResults()) {
            var parameter = result.getMethodParameter();
            for (var error : result.getResolvableErrors()) {
                var violation = result.unwrap(error, ConstraintViolation.class);
                inputs.add(Constraints.invalid(parameter.getParameterName(), violation,
                        parameter.getParameterAnnotations()));
            }
        }
        return badRequest(e, inputs, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var inputs = new ArrayList<InvalidInput>();
        for (var error : e.getBindingResult().getFieldErrors()) {
            var violation = error.unwrap(ConstraintViolation.class);
            inputs.add(Constraints.invalid(error.getField(), violation, new Annotation[0]));
        }
        return badRequest(e, inputs, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        var name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        var input = InvalidInput.wrongType(name, e.getValue(), Types.expected(e.getRequiredType()));
        return badRequest(e, List.of(input), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(e, List.of(InvalidInput.missing(e.getParameterName())), headers, request);
    }

    /** Tomcat refuses to parse the parameters of a request with more than its connector allows. */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail tooManyParameters(InvalidParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "The request has more parameters than the server accepts");
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
        logFailure("Graph query refused", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The graph query failed");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        logFailure("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged");
    }

    /** A body that ran past the limit while it was read reaches Spring as an unreadable message. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                var problem = problem(HttpStatus.CONTENT_TOO_LARGE, BodyTooLargeException.detail(limits.maxBodySize()));
                return handleExceptionInternal(e, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
            }
        }
        return handleExceptionInternal(e, problem(HttpStatus.BAD_REQUEST, Types.unreadable(e)), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    private ResponseEntity<Object> badRequest(Exception e, List<InvalidInput> inputs, HttpHeaders headers,
            WebRequest request) {
        return handleExceptionInternal(e, invalid(inputs), headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail invalid(List<InvalidInput> inputs) {
        var problem = problem(HttpStatus.BAD_REQUEST, InvalidInput.details(inputs));
        problem.setProperty("errors", inputs.stream()
                .sorted(Comparator.comparing(InvalidInput::parameter))
                .map(InvalidInput::member)
                .toList());
        return problem;
    }

    /** The other constraints on the refused method parameter, so that a range is told whole. */
    private static Annotation[] siblings(ConstraintViolation<?> violation) {
        String method = null;
        Integer index = null;
        List<Class<?>> types = List.of();
        for (var node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.getName();
                types = node.as(Path.MethodNode.class).getParameterTypes();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                index = node.as(Path.ParameterNode.class).getParameterIndex();
            }
        }
        if (method == null || index == null || violation.getRootBeanClass() == null) {
            return new Annotation[0];
        }
        try {
            return violation.getRootBeanClass().getDeclaredMethod(method, types.toArray(Class<?>[]::new))
                    .getParameterAnnotations()[index];
        } catch (NoSuchMethodException e) {
            return new Annotation[0];
        }
    }

    /** The stack trace of a failure at most once a minute per cause; the repeats as one line each. */
    private void logFailure(String what, Exception e) {
        var decision = throttle.onError(e);
        if (decision.traced()) {
            LOG.error(what, e);
        } else {
            LOG.error("{} ({}, {} times since its stack trace was logged): {}", what,
                    StackTraceThrottle.causeOf(e), decision.repeats(), e.getMessage());
        }
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }
}
