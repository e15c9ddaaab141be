package io.ownerscope.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What each request of the API does, in the words of the audit trail, and which of its parameters name entities.
 * A request no line names is recorded as {@code other}, with its method and path.
 */
final class AuditActions {

    /** A kind of request: its method and path pattern, its action, and its parameters that hold entity ids. */
    record Action(String method, PathPattern pattern, String name, List<String> entityParameters) {

        Optional<Map<String, String>> match(String requestMethod, String path) {
            if (!method.equals(requestMethod)) {
                return Optional.empty();
            }
            var info = pattern.matchAndExtract(PathContainer.parsePath(path));
            return info == null ? Optional.empty() : Optional.of(info.getUriVariables());
        }
    }

    private static final List<Action> ACTIONS = List.of(
            action("GET", "/api/entities", "search"),
            action("GET", "/api/entities/{id}", "entity view"),
            action("GET", "/api/entities/{id}/shipments", "shipments", "counterparty"),
            action("GET", "/api/entities/{id}/relationships", "relationships"),
            action("GET", "/api/entities/{id}/owners", "owners"),
            action("GET", "/api/entities/{id}/holdings", "holdings"),
            action("GET", "/api/entities/{id}/designation", "designation"),
            action("GET", "/api/entities/{id}/exposure", "exposure"),
            action("GET", "/api/entities/{id}/red-flags", "red flags"),
            action("GET", "/api/red-flags", "red flags", "entity"),
            action("GET", "/api/paths", "paths", "from", "to"),
            action("GET", "/api/chains", "chains", "supplier", "intermediary"),
            action("GET", "/api/graph", "graph", "ids"),
            action("GET", "/api/export", "export", "ids"),
            action("POST", "/api/match", "match"),
            action("GET", "/api/queries", "query list"),
            action("GET", "/api/queries/{name}", "query view"),
            action("POST", "/api/queries/{name}", "query run", "id", "entity"),
            action("GET", "/api/queries/{name}/run", "query run", "id", "entity"),
            action("GET", "/api/resolution/candidates", "resolution candidates", "entity"),
            action("GET", "/api/resolution/decisions", "decision view", "entity"),
            action("POST", "/api/resolution/decisions", "decision", "left", "right"),
            action("POST", "/api/resolution/recompute", "recompute"),
            action("POST", "/api/designations/recompute", "recompute"),
            action("POST", "/api/identity/recompute", "recompute"),
            action("GET", "/api/keys", "key list"),
            action("POST", "/api/keys", "key create"),
            action("DELETE", "/api/keys/{id}", "key revoke"),
            action("GET", "/api/users", "user list"),
            action("POST", "/api/users", "user add"),
            action("DELETE", "/api/users/{username}", "user remove"),
            action("PUT", "/api/users/{username}/password", "user password"),
            action("PUT", "/api/users/{username}/role", "user role"),
            action("GET", "/api/cases", "case list"),
            action("POST", "/api/cases", "case save"),
            action("GET", "/api/cases/{id}", "case view"),
            action("PUT", "/api/cases/{id}", "case change"),
            action("DELETE", "/api/cases/{id}", "case delete"),
            action("GET", "/api/me", "whoami"),
            action("GET", "/api/audit", "audit read"),
            action("POST", "/login", "login"),
            action("POST", "/logout", "logout"));

    private AuditActions() {
    }

    private static Action action(String method, String pattern, String name, String... entityParameters) {
        return new Action(method, PathPatternParser.defaultInstance.parse(pattern), name, List.of(entityParameters));
    }

    /** The action of a request and the values of its path variables. */
    static Optional<Map.Entry<Action, Map<String, String>>> of(String method, String path) {
        for (var action : ACTIONS) {
            var variables = action.match(method, path);
            if (variables.isPresent()) {
                return Optional.of(Map.entry(action, variables.get()));
            }
        }
        return Optional.empty();
    }
}
