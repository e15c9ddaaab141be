package io.ownerscope.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the OpenAPI document, called on the demo case with valid parameters (and a few wrong ones):
 * each answer's status is one the document gives for it and its body validates against the documented schema.
 */
class OpenApiConformanceIT extends RunningService {

    private static final String CONSIGNEE = "co-ru-nordlait-komponent";
    private static final String HOLDING = "co-cy-peristera-investments";
    private static final String SAVED_QUERY = "relatives-of-designated-owning-companies";

    private final List<String> violations = new ArrayList<>();
    private final TreeSet<String> called = new TreeSet<>();
    private OpenApiDocument document;
    private ApiClient client;

    @Test
    void everyOperationAnswersAsItsDocumentSays() {
        TestGraphs.emptyGraph(driver);
        loader.load(Csv.classpath("demo"), "demo", "test");
        client = new ApiClient(port);
        document = new OpenApiDocument(client.get("/v3/api-docs").body());

        get("/api/entities?name=Nordlait", 200);
        get("/api/entities?name=%22unclosed%20AND%20(", 200);
        get("/api/entities/" + CONSIGNEE, 200);
        get("/api/entities/nobody", 404);
        get("/api/entities/" + CONSIGNEE + "/shipments?direction=in&limit=5", 200);
        get("/api/entities/" + CONSIGNEE + "/shipments?direction=sideways", 400);
        get("/api/entities/" + HOLDING + "/relationships?types=OWNS&limit=5", 200);
        get("/api/entities/nobody/relationships", 404);
        get("/api/entities/" + CONSIGNEE + "/red-flags?asOf=2024-01-01", 200);
        get("/api/entities/" + CONSIGNEE + "/owners?threshold=0", 200);
        get("/api/entities/" + CONSIGNEE + "/owners?threshold=101", 400);
        get("/api/entities/" + HOLDING + "/holdings?threshold=0", 200);
        get("/api/entities/" + CONSIGNEE + "/exposure?maxHops=4&regime=EU", 200);
        get("/api/entities/" + CONSIGNEE + "/designation?regime=OFAC", 200);
        get("/api/entities/" + CONSIGNEE + "/designation?regime=XX", 400);
        get("/api/paths?from=" + HOLDING + "&to=" + CONSIGNEE + "&k=2", 200);
        get("/api/chains?limit=5", 200);
        get("/api/graph?ids=" + CONSIGNEE + "," + HOLDING + "&hops=2&asOf=2024-01-01", 200);
        get("/api/graph?ids=" + CONSIGNEE + "&kinds=SIDEWAYS", 400);
        get("/api/graph?ids=nobody", 404);
        get("/api/export?ids=" + CONSIGNEE + "&format=graphml", 200);
        get("/api/export?ids=" + CONSIGNEE + "&format=csv&hops=0", 200);
        get("/api/export?ids=" + CONSIGNEE + "&format=ftm&asOf=2024-01-01", 200);
        get("/api/export?ids=" + CONSIGNEE + "&format=pdf", 400);
        get("/api/paths?from=" + HOLDING + "&to=" + CONSIGNEE + "&format=graphml", 200);
        get("/api/entities/" + CONSIGNEE + "/exposure?format=ftm", 200);
        get("/api/chains?limit=5&format=csv", 200);
        get("/api/red-flags?country=RU&limit=5", 200);
        get("/api/queries", 200);
        get("/api/queries/" + SAVED_QUERY, 200);
        get("/api/queries/no-such-query", 404);
        post("/api/queries/" + SAVED_QUERY, "{\"minShare\": 0}", 200);
        get("/api/queries/" + SAVED_QUERY + "/run?minShare=0", 200);
        post("/api/match", """
                {"queries": {"q1": {"schema": "Company", "properties": {"name": ["Nordlait Komponent"]}}}}""", 200);
        post("/api/resolution/recompute", null, 200);
        get("/api/resolution/candidates?minScore=0&limit=5", 200);
        post("/api/resolution/decisions", "{\"left\": \"" + CONSIGNEE + "\", \"right\": \"" + HOLDING
                + "\", \"judgement\": \"unsure\", \"note\": \"conformance\"}", 200);
        get("/api/resolution/decisions?entity=" + CONSIGNEE, 200);
        post("/api/identity/recompute", null, 200);
        post("/api/designations/recompute?regime=EU", null, 200);
        get("/api/me", 200);
        var saved = post("/api/cases", "{\"name\": \"conformance\", \"asOf\": \"2024-01-01\", \"entities\": "
                + "[{\"id\": \"" + CONSIGNEE + "\", \"x\": 1, \"y\": 2, \"note\": \"consignee\"}]}", 201);
        var caseId = ApiClient.json(saved).get("id").asString();
        post("/api/cases", "{\"name\": \"\", \"entities\": []}", 400);
        get("/api/cases", 200);
        get("/api/cases/" + caseId, 200);
        get("/api/cases/no-such-case", 404);
        send("PUT", "/api/cases/" + caseId, "{\"name\": \"conformance 2\", \"entities\": [{\"id\": \"" + HOLDING
                + "\", \"x\": 0, \"y\": 0}]}", 200);
        send("DELETE", "/api/cases/" + caseId, null, 204);
        send("DELETE", "/api/cases/" + caseId, null, 404);
        var key = post("/api/keys", "{\"name\": \"conformance\", \"role\": \"viewer\", "
                + "\"expiresAt\": \"2099-01-01T00:00:00Z\"}", 201);
        post("/api/keys", "{\"name\": \"conformance\", \"role\": \"root\"}", 400);
        get("/api/keys?revoked=true", 200);
        send("DELETE", "/api/keys/" + ApiClient.json(key).get("id").asString(), null, 200);
        send("DELETE", "/api/keys/no-such-key", null, 404);
        post("/api/users", "{\"username\": \"conformance\", \"role\": \"viewer\"}", 201);
        post("/api/users", "{\"username\": \"conformance\", \"role\": \"viewer\"}", 409);
        get("/api/users", 200);
        send("PUT", "/api/users/conformance/password", "{\"password\": \"a-long-enough-password\"}", 204);
        send("PUT", "/api/users/conformance/role", "{\"role\": \"analyst\"}", 204);
        send("DELETE", "/api/users/conformance", null, 204);
        send("DELETE", "/api/users/conformance", null, 404);
        get("/api/audit?action=entity%20view&limit=5", 200);
        get("/api/audit?from=yesterday", 400);

        assertThat(OpenApiDocument.distinct(violations)).isEmpty();
        assertThat(called).as("operations of the document this test calls").isEqualTo(document.operations());
    }

    @Test
    void theDocumentSaysWhatClientsDependOn() {
        var api = new OpenApiDocument(new ApiClient(port).get("/v3/api-docs").body()).root();
        var schemas = api.get("components").get("schemas");

        assertThat(types(schemas.get("OwnershipPath").get("properties").get("hops")))
                .as("the hops of an ownership path are a list, not a count").contains("array");
        assertThat(types(schemas.get("Path").get("properties").get("hops"))).containsExactly("integer");
        assertThat(types(schemas.get("OwnershipHop").get("properties").get("share"))).contains("number", "null");
        assertThat(schemas.get("StakeView").get("properties").get("paths").get("items").get("$ref").asString())
                .as("items of a list are never null").isEqualTo("#/components/schemas/OwnershipPath");
        assertThat(api.get("components").get("securitySchemes").propertyNames())
                .containsExactlyInAnyOrder("apiKey", "basic", "bearer");
        assertThat(api.get("components").get("securitySchemes").get("apiKey").get("name").asString())
                .isEqualTo("X-API-Key");
        var owners = api.get("paths").get("/api/entities/{id}/owners").get("get");
        assertThat(owners.get("responses").propertyNames()).contains("200", "400", "401", "403", "404", "429", "504");
        assertThat(owners.get("responses").get("404").get("content").get("application/problem+json").get("schema")
                .get("$ref").asString()).isEqualTo("#/components/schemas/ProblemDetail");
        assertThat(owners.get("security")).hasSize(3);
        var match = api.get("paths").get("/api/match").get("post").get("responses");
        assertThat(match.propertyNames()).contains("413", "415");
        var recompute = api.get("paths").get("/api/designations/recompute").get("post");
        assertThat(recompute.get("responses").propertyNames()).contains("409");
        assertThat(parameter(recompute, "regime").get("enum").values()).extracting(JsonNode::asString)
                .containsExactly("OFAC", "EU", "UK");
        var exposure = api.get("paths").get("/api/entities/{id}/exposure").get("get");
        assertThat(parameter(exposure, "maxHops").get("minimum").asInt()).isEqualTo(1);
        assertThat(parameter(exposure, "maxHops").get("maximum").asInt()).isEqualTo(6);
        var candidates = api.get("paths").get("/api/resolution/candidates").get("get");
        assertThat(parameter(candidates, "limit").get("maximum").asInt()).isEqualTo(200);
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (var parameter : operation.get("parameters")) {
            if (parameter.get("name").asString().equals(name)) {
                return parameter.get("schema");
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    private static List<String> types(JsonNode schema) {
        var types = new ArrayList<String>();
        if (schema.get("type").isArray()) {
            schema.get("type").forEach(type -> types.add(type.asString()));
        } else {
            types.add(schema.get("type").asString());
        }
        return types;
    }

    private void get(String path, int expected) {
        check("GET", path, client.get(path), expected);
    }

    private HttpResponse<String> post(String path, String body, int expected) {
        var response = client.post(path, body, "application/json");
        check("POST", path, response, expected);
        return response;
    }

    private void send(String method, String path, String body, int expected) {
        check(method, path, client.send(method, path, body, "application/json"), expected);
    }

    private void check(String method, String path, HttpResponse<String> response, int expected) {
        var operation = document.operationOf(method, path);
        if (operation == null) {
            violations.add(method + " " + path + " is no operation of the document");
            return;
        }
        called.add(operation);
        if (response.statusCode() != expected) {
            violations.add(method + " " + path + " answered " + response.statusCode() + ", expected " + expected
                    + ": " + response.body());
        }
        violations.addAll(document.violations(operation, response));
    }
}
