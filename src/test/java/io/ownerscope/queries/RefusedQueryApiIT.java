package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;

import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.RunningService;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A folder of saved queries with one that reads files: it is listed as invalid, with the reason, and never runs. */
@TestPropertySource(properties = "ownerscope.queries.directory=src/test/resources/refused-queries")
class RefusedQueryApiIT extends RunningService {

    @Test
    void aQueryWithLoadCsvIsListedAsInvalidAndAnswers409NamingTheReason() {
        var catalog = json("/api/queries");
        assertThat(catalog.get("queries").findValuesAsString("name")).contains("entity-count")
                .doesNotContain("read-a-file");
        var invalid = catalog.get("invalid").get(0);
        assertThat(invalid.get("name").asString()).isEqualTo("read-a-file");
        assertThat(invalid.get("file").asString()).isEqualTo("read-a-file.cypher");
        assertThat(invalid.get("problem").asString()).startsWith("uses LOAD CSV, which reads files and URLs");

        var run = new ApiClient(port).post("/api/queries/read-a-file", "{\"url\": \"file:///etc/passwd\"}",
                "application/json");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(409);
        assertThat(run.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ApiClient.json(run).get("detail").asString())
                .startsWith("Saved query 'read-a-file' is invalid and cannot run: uses LOAD CSV")
                .doesNotContain("root:");
        assertThat(get("/api/queries/read-a-file/run").statusCode()).isEqualTo(409);

        var count = json("/api/queries/entity-count/run");
        assertThat(count.get("rows")).as(count.toString()).hasSize(1);
        assertThat(count.get("rows").get(0).get("show").asString()).isEqualTo("LOAD CSV");
    }
}
