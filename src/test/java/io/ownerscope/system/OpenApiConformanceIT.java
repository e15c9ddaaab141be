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
        get("/api/entities/" + CONSIGNEE + "/red-flags?asOf=2024-01-01", 200);
        get("/api/entities/" + CONSIGNEE + "/owners?threshold=0", 200);
        get("/api/entities/" + CONSIGNEE + "/owners?threshold=101", 400);
        get("/api/entities/" + HOLDING + "/holdings?threshold=0", 200);
        get("/api/entities/" + CONSIGNEE + "/exposure?maxHops=4&regime=EU", 200);
        get("/api/entities/" + CONSIGNEE + "/designation?regime=OFAC", 200);
        get("/api/entities/" + CONSIGNEE + "/designation?regime=XX", 400);
        get("/api/paths?from=" + HOLDING + "&to=" + CONSIGNEE + "&k=2", 200);
        get("/api/chains?limit=5", 200);
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

        assertThat(OpenApiDocument.distinct(violations)).isEmpty();
        assertThat(called).as("operations of the document this test calls").isEqualTo(document.operations());
    }

    private void get(String path, int expected) {
        check("GET", path, client.get(path), expected);
    }

    private void post(String path, String body, int expected) {
        check("POST", path, client.post(path, body, "application/json"), expected);
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
