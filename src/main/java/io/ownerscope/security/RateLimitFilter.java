package io.ownerscope.security;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per principal (user, key or token subject; the client address when anonymous): the configured
 * requests per minute, refilled evenly, so that one caller cannot starve the others. Past it: 429 with
 * {@code Retry-After} in seconds.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final int requestsPerMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    RateLimitFilter(int requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var probe = buckets.get(caller(request), k -> newBucket()).tryConsumeAndReturnRemaining(1);
        response.setHeader("RateLimit-Limit", String.valueOf(requestsPerMinute));
        response.setHeader("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
        if (!probe.isConsumed()) {
            var seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
            response.setHeader("Retry-After", String.valueOf(seconds));
            ProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "More than " + requestsPerMinute
                    + " requests a minute (ownerscope.security.requests-per-minute); retry after " + seconds + " s");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String caller(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return "address:" + request.getRemoteAddr();
        }
        return authentication.getClass().getSimpleName() + ":" + authentication.getName();
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(requestsPerMinute)
                .refillGreedy(requestsPerMinute, Duration.ofMinutes(1)).build()).build();
    }
}
