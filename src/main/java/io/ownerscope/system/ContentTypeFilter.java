package io.ownerscope.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request whose Content-Type cannot be parsed or is a wildcard ({@code application/*}) with 415 Problem
 * Details before it reaches a controller: Spring refuses such a type with an exception that would otherwise be an
 * unexpected error (a 500 and a logged stack trace per request).
 */
@Component
class ContentTypeFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var contentType = request.getContentType();
        if (contentType != null && !acceptable(contentType)) {
            response.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JSON.writeValue(response.getOutputStream(), Map.of("type", "about:blank", "title",
                    "Unsupported Media Type", "status", 415, "detail", "Content-Type '" + contentType
                            + "' is not one this API reads; send application/json", "instance",
                    request.getRequestURI()));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean acceptable(String contentType) {
        try {
            var type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
