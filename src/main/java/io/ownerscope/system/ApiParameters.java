package io.ownerscope.system;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Writes into the OpenAPI document the bounds a controller checks in code (against its settings) rather than by
 * annotations springdoc reads: a capability's documentation customizer names each parameter and its rule.
 */
public final class ApiParameters {

    private final OpenAPI api;
    private final String method;
    private final String path;

    private ApiParameters(OpenAPI api, String method, String path) {
        this.api = api;
        this.method = method;
        this.path = path;
    }

    /** The parameters of the operation {@code METHOD path}, e.g. {@code of(api, "GET", "/api/chains")}. */
    public static ApiParameters of(OpenAPI api, String method, String path) {
        return new ApiParameters(api, method, path);
    }

    public ApiParameters between(String name, Number minimum, Number maximum) {
        var schema = schema(name);
        if (minimum != null) {
            schema.setMinimum(new BigDecimal(minimum.toString()));
        }
        if (maximum != null) {
            schema.setMaximum(new BigDecimal(maximum.toString()));
        }
        return this;
    }

    /** The values allowed, of the parameter or (a list) of each of its items. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ApiParameters oneOf(String name, List<String> values) {
        ((Schema) itemSchema(name)).setEnum(List.copyOf(values));
        return this;
    }

    /** The pattern the parameter, or (a list) each of its items, matches. */
    public ApiParameters matching(String name, String pattern) {
        itemSchema(name).setPattern(pattern);
        return this;
    }

    private Schema<?> itemSchema(String name) {
        var schema = schema(name);
        return schema.getItems() != null ? schema.getItems() : schema;
    }

    private Schema<?> schema(String name) {
        return parameter(name).getSchema();
    }

    private Parameter parameter(String name) {
        var item = api.getPaths() == null ? null : api.getPaths().get(path);
        var operation = item == null ? null : item.readOperationsMap().get(
                io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(method));
        if (operation == null || operation.getParameters() == null) {
            throw new IllegalStateException("no operation " + method + " " + path + " to document");
        }
        return operation.getParameters().stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(method + " " + path + " has no parameter " + name));
    }
}
