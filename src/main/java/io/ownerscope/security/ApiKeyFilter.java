package io.ownerscope.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request carrying {@code X-API-Key}: a live key sets the principal for this request only (no
 * session); an unknown, revoked or expired key is refused at once with 401, whatever else the request carries.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final ApiKeys keys;

    ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var secret = request.getHeader(HEADER);
        if (secret == null) {
            chain.doFilter(request, response);
            return;
        }
        var key = secret.length() > 200 ? java.util.Optional.<ApiKeys.Key>empty() : keys.find(secret.strip());
        if (key.isEmpty()) {
            response.setHeader("WWW-Authenticate", ProblemEntryPoint.CHALLENGE);
            ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED,
                    "The API key of header " + HEADER + " is not known, revoked or expired");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(key.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
