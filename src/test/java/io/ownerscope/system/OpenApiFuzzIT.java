package io.ownerscope.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Requests generated from the OpenAPI document, a bounded number per operation with a seeded random (reproducible):
 * each parameter at its bounds and past them, of the wrong type, missing, and odd strings (Lucene and Cypher syntax,
 * quotes, scripts and emoji, control characters, very long). No answer is a 5xx, every status is documented and
 * every body conforms. Operations that rewrite the whole graph are only called with invalid parameters.
 */
class OpenApiFuzzIT extends RunningService {

    private static final long SEED = 20261203L;
    private static final int REQUESTS_PER_OPERATION = 24;
    private static final String KNOWN_ID = "co-ru-orion";

    private static final List<String> ODD_STRINGS = List.of("", " ", "name:\"x\" AND (a OR b)~2^3 *?\\", "\"",
            "'", "' RETURN 1 //", "`", "Ωмир 中文 😀", "\u0000", "%00", "\r\n", "../../etc/passwd", "{}", "[]",
            "null", "-1", "1e309", "NaN", "x".repeat(501), "y".repeat(5_000), "a%2Fb", "*", "?", "~", "\\");

    private final List<String> violations = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    private final Random random = new Random(SEED);
    private OpenApiDocument document;
    private ApiClient client;

    @Test
    void generatedRequestsGetDocumentedAnswersAndNever5xx() {
        TestGraphs.emptyGraph(driver);
        load(Csv.file("entities.csv", "id,type,name,country",
                        KNOWN_ID + ",company,OOO Orion,RU", "co-cy-holding,company,Kition Holdings Ltd,CY",
                        "pe-ivanov,person,Ivan Ivanov,RU"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share",
                        "r1,co-cy-holding," + KNOWN_ID + ",OWNS,80", "r2,pe-ivanov,co-cy-holding,OWNS,60"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on",
                        "pe-ivanov,OFAC,RUSSIA-EO14024,2022-04-06"));
        client = new ApiClient(port);
        document = new OpenApiDocument(client.get("/v3/api-docs").body());
        long started = System.nanoTime();
        int sent = 0;

        for (var operation : document.operations()) {
            boolean rewritesTheGraph = operation.startsWith("POST") && operation.endsWith("/recompute");
            var parameters = document.parameters(operation).stream()
                    .filter(p -> !p.get("in").asString().equals("header")).toList();
            if (rewritesTheGraph && parameters.isEmpty()) {
                continue;
            }
            for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                var request = rewritesTheGraph ? invalidOnly(operation, parameters) : generate(operation, parameters);
                int status = send(operation, request);
                if (rewritesTheGraph && status < 400) {
                    violations.add(request.method() + " " + request.path() + " ran a whole-graph write: " + status);
                }
                sent++;
            }
        }

        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        var summary = sent + " requests in " + seconds + " s, by status " + statuses;
        System.out.println("Fuzzing: " + summary);
        assertThat(OpenApiDocument.distinct(violations)).as(summary).isEmpty();
        assertThat(statuses).as("valid and invalid requests both").containsKeys(200, 400);
        assertThat(seconds).as("the fuzzing stays cheap enough to run in every build").isLessThan(90);
    }

    private record Request(String method, String path, String body) {
    }

    /** A valid request with one parameter (or the body) changed to an odd value, or one required one left out. */
    private Request generate(String operation, List<JsonNode> parameters) {
        var values = validValues(parameters);
        var body = operation(operation).has("requestBody") ? validBody(operation) : null;
        int target = random.nextInt(parameters.size() + (body == null ? 0 : 1) + 1);
        if (target < parameters.size()) {
            var parameter = parameters.get(target);
            var name = parameter.get("name").asString();
            if (random.nextInt(8) == 0 && !parameter.get("in").asString().equals("path")) {
                values.remove(name);
            } else {
                values.put(name, oddValue(parameter));
            }
        } else if (target == parameters.size() && body != null) {
            body = oddBody();
        }
        return request(operation, parameters, values, body);
    }

    /** Only parameters that fail validation, so that a whole-graph write never starts. */
    private Request invalidOnly(String operation, List<JsonNode> parameters) {
        var values = validValues(parameters);
        var parameter = parameters.stream().filter(p -> document.resolve(p.get("schema")).has("enum")
                || document.resolve(p.get("schema")).has("format")).findFirst().orElseThrow();
        var invalid = List.of("XX", "", "2024-13-01", "'; MATCH (n) DETACH DELETE n //", "x".repeat(600));
        values.put(parameter.get("name").asString(), invalid.get(random.nextInt(invalid.size())));
        if (!document.resolve(parameter.get("schema")).has("enum")) {
            values.put(parameter.get("name").asString(), "2024-13-01");
        }
        return request(operation, parameters, values, null);
    }

    private Map<String, String> validValues(List<JsonNode> parameters) {
        var values = new LinkedHashMap<String, String>();
        for (var parameter : parameters) {
            var name = parameter.get("name").asString();
            var schema = document.resolve(parameter.get("schema"));
            boolean required = parameter.has("required") && parameter.get("required").asBoolean();
            if (parameter.get("in").asString().equals("path")) {
                values.put(name, name.equals("name") ? "relatives-of-designated-owning-companies" : KNOWN_ID);
            } else if (required) {
                values.put(name, example(name, schema));
            }
        }
        return values;
    }

    private static String example(String name, JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        return switch (name) {
            case "country" -> "RU";
            case "from" -> "co-cy-holding";
            case "to", "entity" -> KNOWN_ID;
            default -> schema.has("minimum") ? schema.get("minimum").asString() : "Orion";
        };
    }

    private String oddValue(JsonNode parameter) {
        var schema = document.resolve(parameter.get("schema"));
        var candidates = new ArrayList<String>(ODD_STRINGS);
        var type = schema.has("type") ? schema.get("type").asString() : "object";
        if (schema.has("minimum")) {
            var minimum = schema.get("minimum").decimalValue();
            candidates.addAll(List.of(minimum.toPlainString(), minimum.subtract(java.math.BigDecimal.ONE)
                    .toPlainString()));
        }
        if (schema.has("maximum")) {
            var maximum = schema.get("maximum").decimalValue();
            candidates.addAll(List.of(maximum.toPlainString(), maximum.add(java.math.BigDecimal.ONE)
                    .toPlainString()));
        }
        if (schema.has("maxLength")) {
            candidates.add("z".repeat(schema.get("maxLength").asInt() + 1));
        }
        if (schema.has("enum")) {
            schema.get("enum").forEach(value -> {
                candidates.add(value.asString());
                candidates.add(value.asString().toLowerCase());
            });
        }
        switch (type) {
            case "integer" -> candidates.addAll(List.of("0", "-1", "2147483648", "9223372036854775808", "1.5",
                    "0x10", "1,2"));
            case "number" -> candidates.addAll(List.of("0", "-0", "1e308", "-1e308", "Infinity", "0.000001",
                    "1,5"));
            case "boolean" -> candidates.addAll(List.of("true", "false", "TRUE", "yes", "2"));
            case "array" -> candidates.addAll(List.of("a,b", ",", "1,2,3,4,5,6,7,8,9,10", "3.A", "8542"));
            default -> {
            }
        }
        if ("date".equals(schema.path("format").asString(""))) {
            candidates.addAll(List.of("2024-02-29", "2023-02-29", "0001-01-01", "9999-12-31", "2024-1-1",
                    "+100000-01-01", "yesterday"));
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private String validBody(String operation) {
        return switch (operation) {
            case "POST /api/match" ->
                    "{\"queries\": {\"q1\": {\"schema\": \"Company\", \"properties\": {\"name\": [\"Orion\"]}}}}";
            case "POST /api/resolution/decisions" ->
                    "{\"left\": \"" + KNOWN_ID + "\", \"right\": \"co-cy-holding\", \"judgement\": \"unsure\"}";
            default -> "{}";
        };
    }

    private String oddBody() {
        var bodies = List.of("", "{", "[]", "null", "\"text\"", "42", "{\"queries\": 1}", "{\"queries\": {\"q\": 1}}",
                "{\"queries\": {\"q\": {\"schema\": \"Nonsense\", \"properties\": {}}}}",
                "{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": [\"" + "n".repeat(3_000)
                        + "\"]}}}}",
                "{\"left\": \"a\", \"right\": \"a\", \"judgement\": \"same\"}",
                "{\"left\": null, \"right\": 1, \"judgement\": [\"unsure\"]}",
                "{\"minShare\": \"abc\", \"asOf\": \"2024-13-01\", \"relations\": \"FAMILY_OF\"}",
                "[".repeat(2_000) + "]".repeat(2_000), "{\"a\":" + "\"Ωмир 😀\\u0000\"}");
        return bodies.get(random.nextInt(bodies.size()));
    }

    private JsonNode operation(String operation) {
        return document.operation(operation);
    }

    private static Request request(String operation, List<JsonNode> parameters, Map<String, String> values,
            String body) {
        var parts = operation.split(" ", 2);
        var path = parts[1];
        var query = new StringBuilder();
        for (var parameter : parameters) {
            var name = parameter.get("name").asString();
            if (!values.containsKey(name)) {
                continue;
            }
            if (parameter.get("in").asString().equals("path")) {
                path = path.replace("{" + name + "}", pathSegment(values.get(name)));
            } else if (parameter.get("schema").has("additionalProperties")) {
                query.append(query.isEmpty() ? "?" : "&").append("minShare=").append(ApiClient.encode(values.get(name)));
            } else {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                        .append(ApiClient.encode(values.get(name)));
            }
        }
        return new Request(parts[0], path + query, body);
    }

    /** A path value as a client would encode it; an empty one would name another path. */
    private static String pathSegment(String value) {
        return value.isEmpty() ? "%20" : ApiClient.encode(value);
    }

    /** Sends the request and records what is wrong with its answer; its status, or -1 when none came. */
    private int send(String operation, Request request) {
        HttpResponse<String> response;
        try {
            response = request.method().equals("GET") ? client.get(request.path())
                    : client.send(request.method(), request.path(), request.body(), "application/json");
        } catch (RuntimeException e) {
            violations.add(request.method() + " " + request.path() + " failed: " + e);
            return -1;
        }
        statuses.merge(response.statusCode(), 1, Integer::sum);
        if (response.statusCode() >= 500) {
            violations.add(request.method() + " " + abbreviated(request.path()) + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        for (var violation : document.violations(operation, response)) {
            violations.add(violation + " (" + request.method() + " " + abbreviated(request.path()) + ")");
        }
        return response.statusCode();
    }

    private static String abbreviated(String path) {
        return path.length() > 200 ? path.substring(0, 200) + "…" : path;
    }
}
