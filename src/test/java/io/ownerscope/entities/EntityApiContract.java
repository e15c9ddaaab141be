package io.ownerscope.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import io.ownerscope.graph.Graph;
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

/** The entity endpoints over HTTP, against each kind of Neo4j the tests have. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class EntityApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    LoadService loader;

    @BeforeEach
    void smallCase() {
        Graph graph = TestGraphs.emptyGraph(driver);
        loader.load(List.of(
                Csv.file("entities.csv", "id,type,name,aliases,country,inn",
                        "co-ru,company,OOO Orion,ООО «Орион»|Orion LLC,RU,7701234567",
                        "co-cy,company,Kition Holdings Ltd,,CY,",
                        "co-cy2,company,Kition Trading Ltd,,CY,",
                        "pe-iv,person,Ivan Ivanov,Иван Иванов,RU,"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share,interest_type,start_date",
                        "r1,co-cy,co-ru,OWNS,80,shareholding,2019-01-01",
                        "r2,pe-iv,co-cy,OWNS,60,shareholding,2018-01-01"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on",
                        "pe-iv,OFAC,RUSSIA-EO14024,2022-04-06")), "api", "test");
        assertThat(graph).isNotNull();
    }

    @Test
    void anEntityComesWithItsPropertiesSourcesAndRelationshipsBothWays() throws Exception {
        var response = get("/api/entities/co-cy");

        assertThat(response.statusCode()).isEqualTo(200);
        var entity = JSON.readTree(response.body());
        assertThat(entity.get("id").asString()).isEqualTo("co-cy");
        assertThat(entity.get("labels").toString()).isEqualTo("[\"Company\"]");
        assertThat(entity.get("name").asString()).isEqualTo("Kition Holdings Ltd");
        assertThat(entity.get("properties").get("country").asString()).isEqualTo("CY");
        assertThat(entity.get("sources").get(0).get("dataset").asString()).isEqualTo("api");
        assertThat(entity.get("sources").get(0).get("loadRun").asString()).startsWith("csv:api:");
        assertThat(entity.get("relationshipCount").asLong()).isEqualTo(2);
        var links = entity.get("relationships");
        assertThat(links.findValuesAsString("direction")).containsExactlyInAnyOrder("out", "in");
        JsonNode owned = find(links, "out");
        assertThat(owned.get("type").asString()).isEqualTo("OWNS");
        assertThat(owned.get("properties").get("share").asDouble()).isEqualTo(80.0);
        assertThat(owned.get("properties").get("startDate").asString()).isEqualTo("2019-01-01");
        assertThat(owned.get("other").get("id").asString()).isEqualTo("co-ru");
        assertThat(owned.get("sources").get(0).get("recordId").asString()).isEqualTo("r1");
        assertThat(find(links, "in").get("other").get("name").asString()).isEqualTo("Ivan Ivanov");
        var designation = entity.get("designations").get(0);
        assertThat(designation.get("regime").asString()).as("60% held by a listed person").isEqualTo("OFAC");
        assertThat(designation.get("basis").asString()).isEqualTo("derived");
    }

    @Test
    void aListedEntityShowsItsSanctions() throws Exception {
        var entity = JSON.readTree(get("/api/entities/pe-iv").body());

        var sanction = entity.get("sanctions").get(0);
        assertThat(sanction.get("authority").asString()).isEqualTo("OFAC");
        assertThat(sanction.get("program").asString()).isEqualTo("RUSSIA-EO14024");
        assertThat(sanction.get("listedOn").asString()).isEqualTo("2022-04-06");
        assertThat(sanction.get("sources").get(0).get("dataset").asString()).isEqualTo("api");
    }

    @Test
    void anUnknownIdIsA404ProblemDetail() throws Exception {
        var response = get("/api/entities/nobody");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asString()).isEqualTo("No entity with id 'nobody'");
    }

    @Test
    void searchFindsNamesAndAliasesInAnyScriptBestFirst() throws Exception {
        var byAlias = JSON.readTree(get("/api/entities?name=" + encode("Орион")).body());
        assertThat(byAlias.get("total").asLong()).isOne();
        assertThat(byAlias.get("results").get(0).get("id").asString()).isEqualTo("co-ru");

        var byName = JSON.readTree(get("/api/entities?name=kition%20holdings").body());
        assertThat(byName.get("total").asLong()).isEqualTo(2);
        assertThat(byName.get("results").get(0).get("id").asString()).isEqualTo("co-cy");

        var listed = JSON.readTree(get("/api/entities?name=ivanov").body()).get("results").get(0);
        assertThat(listed.get("listed").asBoolean()).isTrue();
        assertThat(listed.get("labels").toString()).isEqualTo("[\"Person\"]");
    }

    @Test
    void searchIsPaged() throws Exception {
        var secondPage = JSON.readTree(get("/api/entities?name=kition&size=1&page=1").body());

        assertThat(secondPage.get("total").asLong()).isEqualTo(2);
        assertThat(secondPage.get("results")).hasSize(1);
        assertThat(secondPage.get("page").asInt()).isOne();
    }

    @Test
    void queryLanguageInTheNameIsSearchedLiterallyNotParsed() throws Exception {
        var response = get("/api/entities?name=" + encode("\"Orion AND (ooo"));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void badSearchParametersAre400ProblemDetails() throws Exception {
        for (var query : List.of("", "?name=", "?name=%20", "?name=x&size=0", "?name=x&size=101", "?name=x&page=-1",
                "?name=x&page=abc")) {
            var response = get("/api/entities" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(query).hasValue("application/problem+json");
            assertThat(response.body()).as(query).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void healthReportsNeo4j() throws Exception {
        var health = JSON.readTree(get("/actuator/health").body());

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("neo4j").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentDescribesTheEntityEndpoints() throws Exception {
        var api = JSON.readTree(get("/v3/api-docs").body());

        assertThat(api.get("paths").has("/api/entities/{id}")).isTrue();
        assertThat(api.get("paths").has("/api/entities")).isTrue();
        assertThat(api.get("paths").has("/api/entities/{id}/shipments")).isTrue();
        assertThat(api.get("paths").has("/api/entities/{id}/relationships")).isTrue();
    }

    private static JsonNode find(JsonNode links, String direction) {
        for (var link : links) {
            if (link.get("direction").asString().equals(direction)) {
                return link;
            }
        }
        throw new AssertionError("no " + direction + " relationship in " + links);
    }

    private HttpResponse<String> get(String path) {
        return new ApiClient(port).get(path);
    }

    private static String encode(String text) {
        return ApiClient.encode(text);
    }
}
