package io.ownerscope.system;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What every operation of the API shares, written into the OpenAPI document in one place: the error answers (RFC
 * 9457 Problem Details) each can give, and how a client authenticates.
 */
@Component
class ApiDocumentation implements OpenApiCustomizer {

    static final String PROBLEM = "ProblemDetail";

    private static final Map<String, String> ALWAYS = ordered(
            "400", "The request is invalid: a parameter is missing, malformed or out of its bounds",
            "401", "No credentials, or credentials that are not valid",
            "403", "The credentials do not allow this operation",
            "429", "Too many requests; retry after the time the Retry-After header gives",
            "500", "An unexpected error; it has been logged",
            "503", "The graph database is not reachable",
            "504", "The graph query ran past its time limit");

    private static final Set<String> RECORD_PARAMETERS = Set.of("from", "to", "supplier", "intermediary", "entity",
            "ids");

    @Override
    public void customise(OpenAPI api) {
        var components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSchemas(PROBLEM, problemSchema());
        components.addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-API-Key").description("An API key issued by an admin"));
        components.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
        components.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT"));
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(ApiDocumentation::itemsNeverNull);
        }
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.readOperationsMap().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        operation.setSecurity(List.of(new SecurityRequirement().addList("apiKey"),
                new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("bearer")));
        jsonInsteadOfAnyType(operation);
        var errors = new LinkedHashMap<>(ALWAYS);
        if (path.contains("{") || namesRecords(operation)) {
            errors.put("404", "Nothing has the id or name in the path");
        }
        if (conflicting(path, method)) {
            errors.put("409", "The service's state does not allow this now (the same write is already running, "
                    + "or the saved query is invalid)");
        }
        if (operation.getRequestBody() != null) {
            errors.put("413", "The request body is larger than ownerscope.api.max-body-size");
            errors.put("415", "The request body is not application/json");
        }
        errors.forEach((status, description) -> operation.getResponses().computeIfAbsent(status,
                s -> new ApiResponse().description(description).content(new Content().addMediaType(
                        "application/problem+json", new MediaType().schema(ref(PROBLEM))))));
    }

    /** Operations that look up the records their parameters or body name answer 404 when one does not exist. */
    private static boolean namesRecords(Operation operation) {
        return operation.getRequestBody() != null || operation.getParameters() != null && operation.getParameters()
                .stream().anyMatch(p -> RECORD_PARAMETERS.contains(p.getName()));
    }

    /**
     * The items of a list are never null, though the property customizer marks every element type it sees nullable
     * (it cannot tell an item from a field).
     */
    @SuppressWarnings("rawtypes")
    private static void itemsNeverNull(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Schema property : schema.getProperties().values()) {
            var items = property.getItems();
            if (items == null) {
                continue;
            }
            if (items.getAnyOf() != null && items.getAnyOf().size() == 2 && isNull((Schema<?>) items.getAnyOf().get(1))) {
                property.setItems((Schema) items.getAnyOf().getFirst());
            } else if (items.getTypes() != null && items.getTypes().size() > 1) {
                items.getTypes().remove("null");
            }
        }
    }

    private static boolean isNull(Schema<?> schema) {
        return schema.getTypes() != null && schema.getTypes().equals(Set.of("null"));
    }

    private static boolean conflicting(String path, PathItem.HttpMethod method) {
        return path.endsWith("/recompute") || path.startsWith("/api/queries/")
                || (path.equals("/api/resolution/decisions") && method == PathItem.HttpMethod.POST)
                || (path.startsWith("/api/users") && method != PathItem.HttpMethod.GET);
    }

    /** springdoc writes {@code *}{@code /*} for answers a controller does not restrict; they are JSON. */
    private static void jsonInsteadOfAnyType(Operation operation) {
        operation.getResponses().values().forEach(response -> {
            var content = response.getContent();
            if (content != null && content.containsKey("*/*")) {
                var any = content.remove("*/*");
                content.putIfAbsent("application/json", any);
            }
        });
    }

    private static Schema<?> problemSchema() {
        var problem = typed("object").description("An error as RFC 9457 Problem Details");
        problem.addProperty("type", typed("string").format("uri-reference"));
        problem.addProperty("title", typed("string"));
        problem.addProperty("status", typed("integer").minimum(BigDecimal.valueOf(400))
                .maximum(BigDecimal.valueOf(599)));
        problem.addProperty("detail", typed("string", "null"));
        problem.addProperty("instance", typed("string", "null").format("uri-reference"));
        var error = typed("object").description("One refused input: its name, the value sent and what is allowed");
        error.addProperty("parameter", typed("string"));
        error.addProperty("value", typed("string", "null"));
        error.addProperty("allowed", typed("string"));
        problem.addProperty("errors", typed("array").items(error));
        problem.setRequired(List.of("title", "status"));
        return problem;
    }

    static Schema<Object> typed(String... types) {
        var schema = new Schema<>(SpecVersion.V31);
        for (var type : types) {
            schema.addType(type);
        }
        return schema;
    }

    static Schema<?> ref(String name) {
        return new Schema<>(SpecVersion.V31).$ref("#/components/schemas/" + name);
    }

    private static Map<String, String> ordered(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
