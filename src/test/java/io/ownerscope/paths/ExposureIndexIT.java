package io.ownerscope.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ownerscope.graph.Graph;
import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The exposure index: written after each load, used by exposure searches while it is current, and never needed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ownerscope.paths.hub-degree=5", "ownerscope.query.timeout=3m"})
class ExposureIndexIT extends RunningService {

    @Autowired
    ExposureIndex index;

    @Autowired
    PathsService service;

    Graph graph;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(driver);
    }

    /**
     * listed owns a; a and b share a small office; c ships to b; d is registered at a mass-registration address
     * (5 registrations, a hub) with listed; far is linked to nothing.
     */
    private void chain() {
        var entities = new ArrayList<>(List.of("id,type,name,country",
                "office,address,\"Almaty, Dostyk 5\",KZ", "mass,address,\"Almaty, Abay Ave 150\",KZ",
                "listed,company,AO Listed,RU", "a,company,Alpha LLP,KZ", "b,company,Beta LLP,KZ",
                "c,company,Gamma GmbH,DE", "d,company,Delta LLP,KZ", "far,company,Far Away Ltd,GB"));
        var links = new ArrayList<>(List.of("id,from_id,to_id,type,share,start_date,end_date",
                "r1,listed,a,OWNS,60,2015-01-01,2023-12-31", "r2,a,office,REGISTERED_AT,,,",
                "r3,b,office,REGISTERED_AT,,,",
                "r4,listed,mass,REGISTERED_AT,,,", "r5,d,mass,REGISTERED_AT,,,"));
        for (int i = 1; i <= 3; i++) {
            entities.add("f" + i + ",company,Filler " + i + ",KZ");
            links.add("m" + i + ",f" + i + ",mass,REGISTERED_AT,,,");
        }
        load(Csv.file("entities.csv", entities.toArray(String[]::new)),
                Csv.file("relationships.csv", links.toArray(String[]::new)),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on",
                        "listed,OFAC,RUSSIA-EO14024,2014-03-20"),
                Csv.file("shipments.csv", "id,date,exporter_id,consignee_id,hs_code,value_usd",
                        "s1,2023-01-10,c,b,8542310000,1000"));
    }

    @Test
    void afterALoadEveryEntityCarriesItsHopsToTheNearestDesignatedPartyWhateverTheDates() {
        chain();

        assertThat(hops()).containsEntry("listed", 0L).containsEntry("a", 1L).containsEntry("b", 2L)
                .containsEntry("c", 3L).containsEntry("far", null).containsEntry("d", null);
        var mark = graph.read(tx -> tx.run("MATCH (i:ExposureIndex) RETURN i.hubDegree AS hubDegree, "
                + "i.designated AS designated").single());
        assertThat(mark.get("hubDegree").asInt()).isEqualTo(5);
        assertThat(mark.get("designated").asLong()).isEqualTo(1);
    }

    @Test
    void aRecomputeOnDemandRefreshesTheIndex() {
        chain();
        graph.write(tx -> tx.run("MATCH (n:Entity {id: 'far'}) CREATE (:Sanction {id: 'added', authority: 'OFAC', "
                + "program: 'RUSSIA-EO14024'})-[:TARGETS]->(n)").consume());
        assertThat(hops()).containsEntry("far", null);

        var response = new ApiClient(port).post("/api/designations/recompute", null, "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(hops()).containsEntry("far", 0L);
        var mark = graph.read(tx -> tx.run("MATCH (i:ExposureIndex) RETURN i.designationsChangedAt IS NOT NULL AS "
                + "set, i.designationsChangedAt < i.computedAt AS before").single());
        assertThat(mark.get("set").asBoolean()).as("set aside when the recompute started").isTrue();
        assertThat(mark.get("before").asBoolean()).as("and computed again after").isTrue();
    }

    @Test
    void aRefreshWithNothingChangedWritesNothing() {
        chain();

        var refresh = index.refresh();

        assertThat(refresh.changed()).isZero();
        assertThat(refresh.withinReach()).isEqualTo(4);
    }

    @Test
    void theSearchPrunedWithTheIndexInMemoryAnswersAsTheSearchWithout() {
        chain();
        var paths = List.of("/api/entities/c/exposure?asOf=2023-06-01", "/api/entities/c/exposure?asOf=2024-06-01",
                "/api/entities/b/exposure?regime=OFAC&asOf=2023-06-01&maxHops=6",
                "/api/entities/a/exposure?asOf=2023-06-01&allLevels=true", "/api/entities/far/exposure");
        var state = graph.read(tx -> ExposureIndex.state(tx, null)).orElseThrow();
        assertThat(index.snapshot(state)).as("the levels are read in memory").isPresent();
        var indexed = new HashMap<String, JsonNode>();
        for (var path : paths) {
            var answer = json(path);
            assertThat(answer.get("indexComputedAt").isNull()).as(path).isFalse();
            indexed.put(path, answer);
        }
        assertThat(indexed.get(paths.get(0)).get("designated").get(0).get("party").get("id").asString())
                .isEqualTo("listed");
        assertThat(indexed.get(paths.get(0)).get("designated").get(0).get("distance").asInt()).isEqualTo(3);
        assertThat(indexed.get(paths.get(1)).get("designated").isEmpty()).as("the stake had ended by 2024").isTrue();
        for (var asOf : List.of(LocalDate.of(2023, 6, 1), LocalDate.of(2024, 6, 1))) {
            for (var from : List.of("a", "b", "c", "far")) {
                assertThat(service.exposure(from, 6, asOf, null, false, false, PathsService.LevelReads.SNAPSHOT))
                        .as("read in memory and from the graph, " + from + " on " + asOf)
                        .isEqualTo(service.exposure(from, 6, asOf, null, false, false,
                                PathsService.LevelReads.GRAPH_PRUNED));
            }
        }

        graph.write(tx -> tx.run("MATCH (i:ExposureIndex) DETACH DELETE i").consume());

        for (var path : paths) {
            var levels = json(path);
            assertThat(levels.get("indexComputedAt").isNull()).as(path).isTrue();
            assertThat(withoutIndexTime(indexed.get(path))).as(path).isEqualTo(withoutIndexTime(levels));
        }
    }

    @Test
    void aLoadStartedAfterTheIndexWasComputedSetsItAsideUntilItIsRefreshed() {
        chain();
        graph.write(tx -> tx.run("CREATE (:LoadRun {id: 'interrupted', status: 'running', startedAt: datetime()})")
                .consume());

        assertThat(json("/api/entities/c/exposure").get("indexComputedAt").isNull()).isTrue();

        graph.write(tx -> tx.run("MATCH (r:LoadRun {id: 'interrupted'}) SET r.status = 'completed', "
                + "r.finishedAt = datetime()").consume());
        assertThat(json("/api/entities/c/exposure").get("indexComputedAt").isNull()).as("finished after the index")
                .isTrue();

        index.refresh();
        assertThat(json("/api/entities/c/exposure").get("indexComputedAt").isNull()).isFalse();
    }

    @Test
    void hubsAllowedSearchWithoutTheIndexWhichFollowsTheHubGuard() {
        chain();

        var answer = json("/api/entities/d/exposure?allowHubs=true");

        assertThat(answer.get("indexComputedAt").isNull()).isTrue();
        assertThat(answer.get("designated").get(0).get("party").get("id").asString()).isEqualTo("listed");
    }

    private Map<String, Object> hops() {
        var hops = new HashMap<String, Object>();
        graph.read(tx -> tx.run("MATCH (n:Entity) RETURN n.id AS id, n.hopsToDesignated AS hops").list())
                .forEach(row -> hops.put(row.get("id").asString(), row.get("hops").isNull() ? null
                        : row.get("hops").asLong()));
        return hops;
    }

    private static JsonNode withoutIndexTime(JsonNode answer) {
        var copy = (ObjectNode) answer.deepCopy();
        copy.remove("indexComputedAt");
        return copy;
    }
}
