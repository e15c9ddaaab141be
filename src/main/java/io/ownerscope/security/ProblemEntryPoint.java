package io.ownerscope.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 of the API as Problem Details. The challenge names the key header and bearer tokens but not Basic,
 * so that a browser never opens its own password dialog, and so never keeps credentials that a page of another
 * site could make it send.
 */
final class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String CHALLENGE = "ApiKey header=\"" + ApiKeyFilter.HEADER + "\", Bearer";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        var detail = authException instanceof org.springframework.security.authentication.BadCredentialsException
                || authException instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException
                ? "The credentials were refused"
                : "Authentication is required: send an API key in " + ApiKeyFilter.HEADER
                        + ", HTTP Basic credentials, a bearer token, or log in";
        ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        var principal = request.getUserPrincipal();
        var detail = accessDeniedException instanceof org.springframework.security.web.csrf.CsrfException
                ? "The CSRF token is missing or wrong: send the XSRF-TOKEN cookie's value in header X-XSRF-TOKEN"
                : "The role of '" + (principal == null ? "anonymous" : principal.getName())
                        + "' does not allow " + request.getMethod() + " " + request.getRequestURI();
        ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, detail);
    }
}
