package io.ownerscope.system;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The service's OpenAPI document, read as a client reads it: its operations and what each may answer. */
final class OpenApiDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode document;
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, com.networknt.schema.Schema> compiled = new ConcurrentHashMap<>();

    OpenApiDocument(String json) {
        this.document = JSON.readTree(json);
    }

    JsonNode root() {
        return document;
    }

    /** Every operation as {@code METHOD /path/{template}}. */
    TreeSet<String> operations() {
        var operations = new TreeSet<String>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(
                method -> operations.add(method.getKey().toUpperCase() + " " + path.getKey())));
        return operations;
    }

    JsonNode operation(String operation) {
        var parts = operation.split(" ", 2);
        return document.get("paths").get(parts[1]).get(parts[0].toLowerCase());
    }

    /** The parameters of an operation, with their {@code $ref} schemas resolved. */
    List<JsonNode> parameters(String operation) {
        var parameters = new ArrayList<JsonNode>();
        var declared = operation(operation).get("parameters");
        if (declared != null) {
            declared.forEach(parameters::add);
        }
        return parameters;
    }

    JsonNode resolve(JsonNode schema) {
        if (schema != null && schema.has("$ref")) {
            var name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return document.get("components").get("schemas").get(name);
        }
        return schema;
    }

    /** The operation of the document a request path falls under, e.g. {@code GET /api/entities/{id}}. */
    String operationOf(String method, String path) {
        var bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String best = null;
        for (var operation : operations()) {
            var parts = operation.split(" ", 2);
            var template = Pattern.compile(parts[1].replaceAll("\\{[^/]+}", "[^/]+"));
            if (parts[0].equals(method) && template.matcher(bare).matches()
                    && (best == null || literalLength(operation) > literalLength(best))) {
                best = operation;
            }
        }
        return best;
    }

    private static int literalLength(String operation) {
        return operation.replaceAll("\\{[^/]+}", "").length();
    }

    /** What is wrong with an answer to the operation, by the document; empty when it conforms. */
    List<String> violations(String operation, HttpResponse<String> response) {
        var problems = new ArrayList<String>();
        var status = String.valueOf(response.statusCode());
        var responses = operation(operation).get("responses");
        var documented = responses.has(status) ? responses.get(status) : responses.get("default");
        if (documented == null) {
            problems.add(operation + " answered " + status + ", which it does not document");
            return problems;
        }
        var contentType = response.headers().firstValue("Content-Type").orElse("");
        var mediaType = contentType.contains(";") ? contentType.substring(0, contentType.indexOf(';')).strip()
                : contentType.strip();
        var content = documented.get("content");
        if (content == null || content.isEmpty()) {
            return problems;
        }
        if (!content.has(mediaType)) {
            problems.add(operation + " answered " + status + " as '" + mediaType + "'; documented: "
                    + content.propertyNames());
            return problems;
        }
        var schema = content.get(mediaType).get("schema");
        // JSON lines (application/x-ndjson) are no one JSON document
        if (schema == null || !mediaType.contains("json") || mediaType.contains("ndjson")) {
            return problems;
        }
        var key = operation + " " + status + " " + mediaType;
        var validator = compiled.computeIfAbsent(key, k -> schemas.getSchema(withComponents(schema)));
        for (var error : validator.validate(JSON.readTree(response.body()))) {
            problems.add(operation + " " + status + ": " + error);
        }
        return problems;
    }

    /** The schema as a document of its own that carries the components its references point to. */
    private JsonNode withComponents(JsonNode schema) {
        var standalone = (ObjectNode) schema.deepCopy();
        standalone.set("components", document.get("components"));
        return standalone;
    }

    /** Violations with item indexes left out, each once: one wrong field of a list is reported once, not per item. */
    static TreeSet<String> distinct(List<String> violations) {
        var distinct = new TreeSet<String>();
        violations.forEach(v -> distinct.add(v.replaceAll("/\\d+(?=/|:)", "/*")));
        return distinct;
    }
}
