package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import io.ownerscope.loading.LoadService;
import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The saved query endpoints over HTTP, against each kind of Neo4j the tests have; besides the shipped queries,
 * the service reads a folder of test queries (one needs a parameter, one runs forever, one writes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ownerscope.queries.directory=src/test/resources/saved-queries", "ownerscope.query.timeout=8s"})
abstract class QueryApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    LoadService loader;

    @BeforeEach
    void smallCase() {
        TestGraphs.emptyGraph(driver);
        loader.load(List.of(
                Csv.file("entities.csv", "id,type,name,aliases,country,incorporation_date",
                        "kz-1,company,Steppe Lynx Trading LLP,ТОО «Степная Рысь»,KZ,2022-06-14",
                        "kz-2,company,Abay Trade LLP,,KZ,2022-07-01",
                        "kz-3,company,Old Almaty LLP,,KZ,2015-01-01",
                        "de,company,Hallwitz Bauelemente GmbH,,DE,1994-04-18"),
                Csv.file("shipments.csv", "id,date,exporter_id,consignee_id,hs_code,value_usd",
                        "s1,2022-08-09,de,kz-1,85423190,1000",
                        "s2,2022-09-09,de,kz-2,85423900,2000")), "api", "test");
    }

    @Test
    void theCatalogListsEveryQueryWithItsParametersAndTheFilesThatFailedTheirCheck() throws Exception {
        var catalog = json(get("/api/queries", "application/json"), 200);

        var names = catalog.get("queries").findValuesAsString("name");
        assertThat(names).contains("new-firms-importing-chpl", "shared-address-with-designated",
                "entities-by-country", "slow-count").doesNotContain("writes");
        assertThat(names.size()).isGreaterThanOrEqualTo(14);
        var newFirms = find(catalog.get("queries"), "new-firms-importing-chpl");
        assertThat(newFirms.get("topic").asString()).isEqualTo("trade");
        assertThat(newFirms.get("maxRows").asInt()).isEqualTo(500);
        var countries = find(newFirms.get("parameters"), "countries");
        assertThat(countries.get("type").asString()).isEqualTo("list<country>");
        assertThat(countries.get("required").asBoolean()).isFalse();
        assertThat(countries.get("defaultValue").toString()).isEqualTo("[\"KZ\",\"KG\",\"AM\"]");
        assertThat(find(newFirms.get("parameters"), "incorporatedSince").get("defaultValue").asString())
                .isEqualTo("2022-02-24");
        var invalid = catalog.get("invalid").get(0);
        assertThat(invalid.get("name").asString()).isEqualTo("writes");
        assertThat(invalid.get("file").asString()).isEqualTo("checks/writes.cypher");
        assertThat(invalid.get("problem").asString()).startsWith("is not read-only");
    }

    @Test
    void aDefinitionShowsTheCypherAndAnUnknownOrInvalidQueryIsAProblem() throws Exception {
        var definition = json(get("/api/queries/new-firms-importing-chpl", "application/json"), 200);
        assertThat(definition.get("cypher").asString()).startsWith("// name: new-firms-importing-chpl")
                .endsWith("LIMIT $maxRows");
        assertThat(definition.get("columns").toString()).contains("\"firmId\"", "\"sources\"");

        var unknown = problem(get("/api/queries/nothing-like-this", "application/json"), 404);
        assertThat(unknown.get("detail").asString()).isEqualTo("No saved query named 'nothing-like-this'");
        var invalid = problem(post("/api/queries/writes", "{\"id\": \"x\"}", "application/json"), 409);
        assertThat(invalid.get("detail").asString())
                .startsWith("Saved query 'writes' is invalid and cannot run: is not read-only");
    }

    @Test
    void postRunsAQueryWithJsonParametersAndSaysWhenTheRowCapCutItShort() throws Exception {
        var result = json(post("/api/queries/entities-by-country", "{\"country\": \"KZ\"}", "application/json"),
                200);

        assertThat(result.get("query").asString()).isEqualTo("entities-by-country");
        assertThat(result.get("columns").toString()).isEqualTo("[\"id\",\"name\",\"aliases\",\"entity\"]");
        assertThat(column(result, "id")).containsExactly("kz-1", "kz-2");
        assertThat(result.get("rowCount").asInt()).isEqualTo(2);
        assertThat(result.get("maxRows").asInt()).isEqualTo(2);
        assertThat(result.get("truncated").asBoolean()).isTrue();
        var entity = result.get("rows").get(0).get("entity");
        assertThat(entity.get("labels").toString()).isEqualTo("[\"Company\"]");
        assertThat(entity.get("properties").get("incorporationDate").asString()).isEqualTo("2022-06-14");
        assertThat(entity.get("sources").get(0).get("dataset").asString()).isEqualTo("api");

        var whole = json(post("/api/queries/entities-by-country", "{\"country\": \"DE\"}", null), 200);
        assertThat(whole.get("truncated").asBoolean()).isFalse();
        assertThat(column(whole, "id")).containsExactly("de");
    }

    @Test
    void getRunsAQueryWithParametersInTheUrlAndDefaultsForTheRest() throws Exception {
        var result = json(get("/api/queries/new-firms-importing-chpl/run?countries=KZ,KG&tiers=1&tiers=2",
                "application/json"), 200);

        assertThat(column(result, "firmId")).containsExactly("kz-2", "kz-1");
        assertThat(result.get("parameters").get("countries").toString()).isEqualTo("[\"KZ\",\"KG\"]");
        assertThat(result.get("parameters").get("tiers").toString()).isEqualTo("[\"1\",\"2\"]");
        assertThat(result.get("parameters").get("incorporatedSince").asString()).isEqualTo("2022-02-24");
        assertThat(result.get("rows").get(0).get("sources").toString()).isEqualTo("[\"api:s2\"]");
    }

    @Test
    void acceptTextCsvStreamsCsvEndingWithANoteWhenCutShort() throws Exception {
        var response = post("/api/queries/entities-by-country", "{\"country\": \"KZ\"}", "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        var lines = response.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("id,name,aliases,entity");
        assertThat(lines[1]).startsWith("kz-1,Steppe Lynx Trading LLP,ТОО «Степная Рысь»,\"{");
        assertThat(lines).hasSize(4);
        assertThat(lines[3]).isEqualTo("# truncated: the query has more rows than its cap of 2; only the first 2 "
                + "are here");

        var fromUrl = get("/api/queries/entities-by-country/run?country=DE", "text/csv;q=0.9, application/json;q=0.5");
        assertThat(fromUrl.body().split("\r\n")).hasSize(2);
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() throws Exception {
        assertThat(problem(post("/api/queries/entities-by-country", "{\"country\": \"KZ\", \"since\": 1}",
                "application/json"), 400).get("detail").asString())
                .isEqualTo("Unknown parameter since for query 'entities-by-country'; it takes country");
        assertThat(problem(post("/api/queries/entities-by-country", "{}", "text/csv"), 400).get("detail")
                .asString()).startsWith("country is required by query 'entities-by-country'");
        assertThat(problem(get("/api/queries/new-firms-importing-chpl/run?incorporatedSince=24.02.2022",
                "text/csv"), 400).get("detail").asString()).isEqualTo(
                "incorporatedSince: expected a date as yyyy-MM-dd, was 24.02.2022");
        assertThat(problem(post("/api/queries/entities-by-country", "{\"country\": [\"KZ\", 1]}",
                "application/json"), 400).get("detail").asString()).startsWith("country: expected text");
        problem(post("/api/queries/entities-by-country", "[\"KZ\"]", "application/json"), 400);
    }

    @Test
    void aQueryPastTheTimeoutIsA504ProblemEvenWhenCsvWasAskedFor() throws Exception {
        var problem = problem(post("/api/queries/slow-count", "{}", "text/csv"), 504);

        assertThat(problem.get("detail").asString())
                .startsWith("Saved query 'slow-count' ran past its time limit of 8s and was stopped");
    }

    @Test
    void theOpenApiDocumentDescribesTheQueryEndpoints() throws Exception {
        var paths = json(get("/v3/api-docs", "application/json"), 200).get("paths");

        assertThat(paths.has("/api/queries")).isTrue();
        assertThat(paths.has("/api/queries/{name}")).isTrue();
        assertThat(paths.has("/api/queries/{name}/run")).isTrue();
    }

    private static List<String> column(JsonNode result, String column) {
        var values = new java.util.ArrayList<String>();
        result.get("rows").forEach(row -> values.add(row.get(column).asString()));
        return values;
    }

    private static JsonNode find(JsonNode items, String name) {
        for (var item : items) {
            if (item.get("name").asString().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no " + name + " in " + items);
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String accept) {
        return new ApiClient(port).get(path, accept);
    }

    private HttpResponse<String> post(String path, String body, String accept) {
        return new ApiClient(port).post(path, body, accept);
    }
}
