package io.ownerscope.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request whose Content-Type cannot be parsed or is a wildcard ({@code application/*}) with 415 Problem
 * Details before it reaches a controller: Spring refuses such a type with an exception that would otherwise be an
 * unexpected error (a 500 and a logged stack trace per request).
 */
@Component
class ContentTypeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var contentType = request.getContentType();
        if (contentType != null && !acceptable(contentType)) {
            Problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type '" + contentType + "' is not one this API reads; send application/json");
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
