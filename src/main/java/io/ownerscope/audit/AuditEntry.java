package io.ownerscope.audit;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One action of one principal: who ({@code actor}, and {@code via} a password, key, token or nothing), when, from
 * where, what ({@code action}, the request, the entities and target named, the parameters), and how it ended
 * ({@code status}, {@code durationMs}).
 */
public record AuditEntry(String id, OffsetDateTime at, String actor, String via, String address, String action,
        String method, String path, List<String> entityIds, String target, String parameters, int status,
        long durationMs) {

    /** An action taken at the command line, by the operating-system user running it. */
    public static AuditEntry command(String action, String target, String parameters) {
        return new AuditEntry(UUID.randomUUID().toString(), OffsetDateTime.now(),
                "cli:" + System.getProperty("user.name", "unknown"), "command line", null, action, null, null,
                List.of(), target, parameters, 0, 0);
    }

    Map<String, Object> properties() {
        var properties = new HashMap<String, Object>();
        properties.put("id", id);
        properties.put("at", at);
        properties.put("actor", actor);
        properties.put("via", via);
        properties.put("address", address);
        properties.put("action", action);
        properties.put("method", method);
        properties.put("path", path);
        properties.put("entityIds", entityIds);
        properties.put("target", target);
        properties.put("parameters", parameters);
        properties.put("status", status);
        properties.put("durationMs", durationMs);
        return properties;
    }
}
