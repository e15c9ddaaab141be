package io.ownerscope.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The errors the servlet container answers itself (a malformed path, too many parameters, a failure outside Spring
 * MVC) as Problem Details instead of an HTML page. Asked for directly, {@code /error} is a path like any unknown one.
 */
@RestController
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        var status = tooManyParameters(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))
                ? HttpStatus.BAD_REQUEST : status(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        var problem = ProblemDetail.forStatusAndDetail(status, detail(status));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            problem.setInstance(java.net.URI.create(uri.replace(" ", "%20")));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(Object code) {
        if (code instanceof Integer value) {
            var status = HttpStatus.resolve(value);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.NOT_FOUND;
    }

    private static boolean tooManyParameters(Object error) {
        for (var cause = error instanceof Throwable t ? t : null; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException) {
                return true;
            }
        }
        return false;
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "No such resource";
            case BAD_REQUEST -> "The request is malformed: check the path, its encoding and the number of parameters";
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request headers are too large";
            case CONTENT_TOO_LARGE -> "The request body is too large";
            default -> status.is5xxServerError() ? "An unexpected error occurred; it has been logged"
                    : status.getReasonPhrase();
        };
    }
}
