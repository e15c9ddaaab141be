package io.ownerscope.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every request of the API in the audit trail once it is answered, refused ones included: placed inside
 * the security filters, right after the one that holds the security context, so it sees who the request turned
 * out to be and the status it got. Secrets never reach the trail: passwords, CSRF tokens and key headers are left
 * out, and the answer of a key's creation is not read.
 */
public final class AuditFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
    private static final int BODY_KEPT = 2_000;
    private static final Set<String> SECRET_PARAMETERS = Set.of("password", "_csrf", "key", "token");

    private final AuditTrail trail;
    private final Function<Authentication, String> via;

    /**
     * @param via how an authenticated principal proved who it is (a password, a key, a token)
     */
    public AuditFilter(AuditTrail trail, Function<Authentication, String> via) {
        this.trail = trail;
        this.via = via;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI();
        return !path.startsWith("/api/") && !path.equals("/login") && !path.equals("/logout");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var started = System.nanoTime();
        var at = OffsetDateTime.now();
        var cached = new ContentCachingRequestWrapper(request, BODY_KEPT);
        try {
            chain.doFilter(cached, response);
        } finally {
            record(cached, response, at, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Records the entry; a request whose entry cannot be made still gets its answer, and the failure is logged. */
    private void record(ContentCachingRequestWrapper request, HttpServletResponse response, OffsetDateTime at,
            long durationMs) {
        try {
            trail.record(entry(request, response, at, durationMs));
        } catch (RuntimeException e) {
            LOG.error("Audit entry of {} {} not recorded", request.getMethod(), request.getRequestURI(), e);
        }
    }

    private AuditEntry entry(ContentCachingRequestWrapper request, HttpServletResponse response, OffsetDateTime at,
            long durationMs) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var authenticated = authentication != null && authentication.isAuthenticated()
                && !"anonymousUser".equals(authentication.getPrincipal());
        var path = request.getRequestURI();
        var matched = AuditActions.of(request.getMethod(), path);
        var entities = new ArrayList<String>();
        String target = null;
        var parameters = new LinkedHashMap<String, Object>();
        request.getParameterMap().forEach((name, values) -> {
            if (!SECRET_PARAMETERS.contains(name)) {
                parameters.put(name, values.length == 1 ? values[0] : List.of(values));
            }
        });
        var body = body(request);
        if (body != null) {
            parameters.put("body", body);
        }
        if (matched.isPresent()) {
            var action = matched.get().getKey();
            var variables = matched.get().getValue();
            if (path.startsWith("/api/entities/") && variables.containsKey("id")) {
                entities.add(variables.get("id"));
            } else if (!variables.isEmpty()) {
                target = variables.values().iterator().next();
            }
            for (var name : action.entityParameters()) {
                var value = request.getParameter(name);
                if (value == null && body != null && body.isObject() && body.path(name).isString()) {
                    value = body.path(name).asString();
                }
                if (value != null && !value.isBlank()) {
                    entities.add(value);
                }
            }
        }
        return new AuditEntry(UUID.randomUUID().toString(), at,
                authenticated ? authentication.getName() : "anonymous",
                authenticated ? via.apply(authentication) : "none", request.getRemoteAddr(),
                matched.map(m -> m.getKey().name()).orElse("other"), request.getMethod(), path, entities, target,
                parameters.isEmpty() ? null : cap(JSON.writeValueAsString(parameters)), response.getStatus(),
                durationMs);
    }

    /** The JSON body as read by the controller (its first part), without its secret fields. */
    private static JsonNode body(ContentCachingRequestWrapper request) {
        var content = request.getContentAsByteArray();
        if (content.length == 0) {
            return null;
        }
        var text = new String(content, StandardCharsets.UTF_8);
        try {
            var node = JSON.readTree(text);
            if (node.isObject()) {
                var object = (tools.jackson.databind.node.ObjectNode) node;
                SECRET_PARAMETERS.forEach(object::remove);
                return object;
            }
            return node;
        } catch (JacksonException e) {
            return JSON.getNodeFactory().stringNode(cap(text));
        }
    }

    private static String cap(String text) {
        return text.length() <= BODY_KEPT ? text : text.substring(0, BODY_KEPT) + "…";
    }
}
