package io.ownerscope.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Cases saved from the canvas: who may save, read, change and delete them, and what a bad case is told. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasesApiIT extends RunningService {

    private static final String CASE = """
            {"name": "Maker and holding", "asOf": "2024-01-01", "notes": "who holds whom",
             "entities": [{"id": "co-maker", "x": 10.5, "y": -20, "note": "listed"}, {"id": "co-holding", "x": 0, "y": 0}]}""";

    private ApiClient admin;
    private ApiClient analyst;
    private ApiClient otherAnalyst;
    private ApiClient viewer;

    @BeforeAll
    void twoCompaniesAndThreeUsers() {
        TestGraphs.emptyGraph(driver);
        load(Csv.file("entities.csv", "id,type,name,country", "co-maker,company,Maker JSC,RU",
                "co-holding,company,Holding Ltd,CY"));
        admin = new ApiClient(port);
        for (var user : List.of("case-analyst", "case-other", "case-viewer")) {
            admin.delete("/api/users/" + user);
            var role = user.equals("case-viewer") ? "viewer" : "analyst";
            var added = admin.post("/api/users", "{\"username\": \"" + user + "\", \"role\": \"" + role
                    + "\", \"password\": \"a-long-enough-password\"}", "application/json");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        }
        analyst = ApiClient.withPassword(port, "case-analyst", "a-long-enough-password");
        otherAnalyst = ApiClient.withPassword(port, "case-other", "a-long-enough-password");
        viewer = ApiClient.withPassword(port, "case-viewer", "a-long-enough-password");
    }

    @Test
    void anAnalystSavesACaseThatAViewerReadsAndAnotherAnalystChanges() {
        var created = analyst.post("/api/cases", CASE, "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var id = ApiClient.json(created).get("id").asString();

        var read = ApiClient.json(viewer.get("/api/cases/" + id));
        assertThat(read.get("name").asString()).isEqualTo("Maker and holding");
        assertThat(read.get("asOf").asString()).isEqualTo("2024-01-01");
        assertThat(read.get("notes").asString()).isEqualTo("who holds whom");
        assertThat(read.get("entities").get(0).get("id").asString()).isEqualTo("co-maker");
        assertThat(read.get("entities").get(0).get("x").asDouble()).isEqualTo(10.5);
        assertThat(read.get("entities").get(0).get("note").asString()).isEqualTo("listed");
        assertThat(read.get("entities").get(1).has("note")).isFalse();
        assertThat(read.get("createdBy").asString()).isEqualTo("case-analyst");
        assertThat(read.get("updatedBy").asString()).isEqualTo("case-analyst");

        var changed = otherAnalyst.send("PUT", "/api/cases/" + id, """
                {"name": "Holding only", "entities": [{"id": "co-holding", "x": 1, "y": 2}]}""", "application/json");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        var after = ApiClient.json(changed);
        assertThat(after.get("name").asString()).isEqualTo("Holding only");
        assertThat(after.has("asOf")).isFalse();
        assertThat(after.get("entities")).hasSize(1);
        assertThat(after.get("createdBy").asString()).isEqualTo("case-analyst");
        assertThat(after.get("updatedBy").asString()).isEqualTo("case-other");

        var list = ApiClient.json(viewer.get("/api/cases"));
        assertThat(list.valueStream().filter(c -> c.get("id").asString().equals(id)).findFirst().orElseThrow()
                .get("entityCount").asLong()).isEqualTo(1);
    }

    @Test
    void onlyItsMakerOrAnAdminDeletesACaseAndAViewerWritesNone() {
        var id = ApiClient.json(analyst.post("/api/cases", CASE, "application/json")).get("id").asString();
        var other = ApiClient.json(analyst.post("/api/cases", CASE, "application/json")).get("id").asString();

        assertThat(viewer.post("/api/cases", CASE, "application/json").statusCode()).isEqualTo(403);
        assertThat(viewer.delete("/api/cases/" + id).statusCode()).isEqualTo(403);
        var refused = otherAnalyst.delete("/api/cases/" + id);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(ApiClient.json(refused).get("detail").asString()).contains("case-analyst");

        assertThat(analyst.delete("/api/cases/" + id).statusCode()).isEqualTo(204);
        assertThat(admin.delete("/api/cases/" + other).statusCode()).isEqualTo(204);
        assertThat(viewer.get("/api/cases/" + id).statusCode()).isEqualTo(404);
        assertThat(analyst.delete("/api/cases/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aBadCaseIsToldWhatIsWrong() {
        assertThat(detail("{\"entities\": [{\"id\": \"co-maker\", \"x\": 0, \"y\": 0}]}"))
                .contains("name");
        assertThat(detail("{\"name\": \"x\", \"entities\": []}")).contains("entities must be between 1 and 500");
        assertThat(detail("{\"name\": \"x\", \"entities\": [{\"id\": \"co-maker\", \"y\": 0}]}"))
                .contains("entities[0].x");
        assertThat(detail("{\"name\": \"x\", \"asOf\": \"2024-13-01\", \"entities\": [{\"id\": \"co-maker\", "
                + "\"x\": 0, \"y\": 0}]}")).contains("asOf");
        assertThat(detail("{\"name\": \"x\", \"entities\": [{\"id\": \"co-maker\", \"x\": 0, \"y\": 0}, "
                + "{\"id\": \"co-maker\", \"x\": 1, \"y\": 1}]}")).contains("co-maker is on the canvas twice");
        assertThat(detail("{\"name\": \"x\", \"entities\": [{\"id\": \"co-nobody\", \"x\": 0, \"y\": 0}]}"))
                .contains("no entity has the id co-nobody");
        assertThat(detail("{\"name\": \"" + "n".repeat(201) + "\", \"entities\": [{\"id\": \"co-maker\", "
                + "\"x\": 0, \"y\": 0}]}")).contains("name must be at most 200 characters long");
    }

    private String detail(String body) {
        var answer = analyst.post("/api/cases", body, "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        return ApiClient.json(answer).get("detail").asString();
    }
}
