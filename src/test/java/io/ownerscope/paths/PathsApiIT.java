package io.ownerscope.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.ownerscope.graph.Graph;
import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** Paths between two entities and exposure to designated parties over HTTP, each case on its own tiny graph. */
// a generous time limit: the first search of a cold test JVM plans its queries on a busy build machine
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ownerscope.paths.hub-degree=5", "ownerscope.query.timeout=3m"})
class PathsApiIT extends RunningService {

    Graph graph;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(driver);
    }

    /** From a to z: by ownership in 2 hops, by associates in 2 hops, by ownership in 3 hops. */
    private void threeRoutes() {
        load(Csv.file("entities.csv", "id,type,name,country",
                        "a,company,Alpha LLP,KZ", "b,company,Beta Ltd,CY", "c,person,Carl,RU", "d,company,Delta,AE",
                        "e,company,Echo,TR", "z,company,Zeta AO,RU"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share,role,start_date,end_date",
                        "r1,b,a,OWNS,60,,2020-01-01,", "r2,z,b,OWNS,51,,2020-01-01,",
                        "r3,a,c,ASSOCIATE_OF,,partner,,", "r4,c,z,ASSOCIATE_OF,,partner,,",
                        "r5,d,a,OWNS,40,,2020-01-01,", "r6,e,d,OWNS,100,,2020-01-01,", "r7,z,e,OWNS,100,,2020-01-01,"));
    }

    @Test
    void theShortestPathsComeFirstAndAmongEqualLengthsTheStrongest() {
        threeRoutes();

        var answer = json("/api/paths?from=a&to=z&k=3&asOf=2024-01-01");

        assertThat(routes(answer)).containsExactly("a b z", "a c z", "a d e z");
        var first = answer.get("paths").get(0);
        assertThat(first.get("hops").asInt()).isEqualTo(2);
        var step = first.get("steps").get(1);
        assertThat(step.get("node").get("name").asString()).isEqualTo("Beta Ltd");
        assertThat(step.get("node").get("labels").get(0).asString()).isEqualTo("Company");
        var link = step.get("links").get(0);
        assertThat(link.get("type").asString()).isEqualTo("OWNS");
        assertThat(link.get("group").asString()).isEqualTo("ownership");
        assertThat(link.get("direction").asString()).as("Beta owns Alpha: walked against the arrow")
                .isEqualTo("incoming");
        assertThat(link.get("details").get("share").asDouble()).isEqualTo(60.0);
        assertThat(link.get("sources").get(0).asString()).isEqualTo("case:r1");
        assertThat(first.get("steps").get(0).get("links").isEmpty()).isTrue();
        assertThat(routes(json("/api/paths?from=a&to=z&k=1&asOf=2024-01-01"))).containsExactly("a b z");
        assertThat(routes(json("/api/paths?from=z&to=a&k=1&asOf=2024-01-01"))).containsExactly("z b a");
    }

    @Test
    void noPathIsLongerThanTheHopCap() {
        threeRoutes();

        assertThat(routes(json("/api/paths?from=a&to=z&k=5&maxHops=2"))).containsExactly("a b z", "a c z");
        assertThat(routes(json("/api/paths?from=a&to=z&maxHops=1"))).isEmpty();
    }

    @Test
    void typesRestrictTheLinksFollowed() {
        threeRoutes();

        assertThat(routes(json("/api/paths?from=a&to=z&types=family"))).containsExactly("a c z");
        assertThat(routes(json("/api/paths?from=a&to=z&types=ownership,control"))).containsExactly("a b z",
                "a d e z");
    }

    @Test
    void aStakeThatEndedBeforeTheDateIsSkipped() {
        load(Csv.file("entities.csv", "id,type,name,country", "a,company,Alpha,KZ", "b,company,Beta,CY",
                        "z,company,Zeta,RU"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share,start_date,end_date",
                        "old,z,a,OWNS,100,2015-01-01,2020-12-31", "r1,b,a,OWNS,100,2021-01-01,",
                        "r2,z,b,OWNS,100,2021-01-01,"));

        assertThat(routes(json("/api/paths?from=a&to=z&asOf=2020-06-01"))).containsExactly("a z");
        assertThat(routes(json("/api/paths?from=a&to=z&asOf=2024-06-01"))).containsExactly("a b z");
    }

    /** x and y share a mass-registration address (7 firms) and a nominee director of 5 firms; hubs start at 5. */
    private void hubs() {
        var entities = new ArrayList<>(List.of("id,type,name,country",
                "mass,address,\"Almaty, Abay Ave 150\",KZ", "x,company,Xenon LLP,KZ", "y,company,Yarrow LLP,KZ",
                "nominee,person,Nominee Director,KZ"));
        var links = new ArrayList<>(List.of("id,from_id,to_id,type,role", "a-x,x,mass,REGISTERED_AT,",
                "a-y,y,mass,REGISTERED_AT,", "d-x,nominee,x,DIRECTOR_OF,director", "d-y,nominee,y,DIRECTOR_OF,director"));
        for (int i = 1; i <= 5; i++) {
            entities.add("f" + i + ",company,Filler " + i + ",KZ");
            links.add("a-f" + i + ",f" + i + ",mass,REGISTERED_AT,");
            if (i <= 3) {
                links.add("d-f" + i + ",nominee,f" + i + ",DIRECTOR_OF,director");
            }
        }
        load(Csv.file("entities.csv", entities.toArray(String[]::new)),
                Csv.file("relationships.csv", links.toArray(String[]::new)));
    }

    @Test
    void hubsAreNotGoneThroughUnlessAskedAndAreReported() {
        hubs();

        var guarded = json("/api/paths?from=x&to=y");

        assertThat(routes(guarded)).isEmpty();
        assertThat(guarded.get("hubsSkipped").findValuesAsString("id")).containsExactlyInAnyOrder("mass", "nominee");
        var address = hub(guarded, "mass");
        assertThat(address.get("kind").asString()).isEqualTo("address");
        assertThat(address.get("degree").asLong()).isEqualTo(7);
        assertThat(address.get("name").asString()).isEqualTo("Almaty, Abay Ave 150");
        assertThat(hub(guarded, "nominee").get("degree").asLong()).isEqualTo(5);

        var open = json("/api/paths?from=x&to=y&allowHubs=true&k=2");

        assertThat(routes(open)).containsExactly("x y", "x nominee y");
        assertThat(open.get("hubsSkipped").isEmpty()).isTrue();
        var shared = open.get("paths").get(0).get("steps").get(1).get("links").get(0);
        assertThat(shared.get("type").asString()).isEqualTo("REGISTERED_AT");
        assertThat(shared.get("direction").asString()).isEqualTo("shared");
        assertThat(shared.get("details").get("address").get("full").asString()).isEqualTo("Almaty, Abay Ave 150");
        assertThat(routes(json("/api/paths?from=x&to=nominee"))).as("a hub may be an endpoint")
                .containsExactly("x nominee");
    }

    private void trade() {
        load(Csv.file("entities.csv", "id,type,name,country", "exporter,company,Exporter GmbH,DE",
                        "consignee,company,OOO Consignee,RU"),
                Csv.file("shipments.csv", "id,date,exporter_id,consignee_id,hs_code,value_usd",
                        "s1,2023-01-10,exporter,consignee,8542310000,1000", "s2,2023-03-10,exporter,consignee,854239,500"));
    }

    @Test
    void shipmentsBetweenTwoEntitiesAreOneTradeHop() {
        trade();

        var path = json("/api/paths?from=consignee&to=exporter&asOf=2024-01-01").get("paths").get(0);

        assertThat(path.get("hops").asInt()).isEqualTo(1);
        var link = path.get("steps").get(1).get("links").get(0);
        assertThat(link.get("group").asString()).isEqualTo("trade");
        assertThat(link.get("direction").asString()).as("the consignee received from the exporter")
                .isEqualTo("incoming");
        assertThat(link.get("details").get("shipmentCount").asLong()).isEqualTo(2);
        var latest = link.get("details").get("shipments").get(0);
        assertThat(latest.get("id").asString()).isEqualTo("s2");
        assertThat(latest.get("date").asString()).isEqualTo("2023-03-10");
        assertThat(latest.get("hsCode").asString()).isEqualTo("854239");
        assertThat(latest.get("valueUsd").asDouble()).isEqualTo(500.0);
        assertThat(link.get("sources").get(0).asString()).isEqualTo("case:s2");
        assertThat(routes(json("/api/paths?from=consignee&to=exporter&asOf=2022-12-31"))).as("before any shipment")
                .isEmpty();
        assertThat(routes(json("/api/paths?from=consignee&to=exporter&types=ownership"))).isEmpty();
    }

    @Test
    void anIdentityLinkIsFollowedWhenPresent() {
        load(Csv.file("entities.csv", "id,type,name,country", "kz-1,company,Steppe LLP,KZ",
                "gleif-1,company,STEPPE LLP,KZ"));
        graph.write(tx -> tx.run("""
                MATCH (a:Entity {id: 'kz-1'}), (b:Entity {id: 'gleif-1'})
                CREATE (a)-[:SAME_AS {scheme: 'bin', value: '220640819226', dataset: 'match', recordId: 'm1'}]->(b)
                """).consume());

        var link = json("/api/paths?from=gleif-1&to=kz-1").get("paths").get(0).get("steps").get(1).get("links").get(0);

        assertThat(link.get("group").asString()).isEqualTo("identity");
        assertThat(link.get("details").get("scheme").asString()).isEqualTo("bin");
        assertThat(link.get("sources").get(0).asString()).isEqualTo("match:m1");
    }

    /** s is owned 40% by a listed company and shares an address with another listed company. */
    private void exposedCase() {
        load(Csv.file("entities.csv", "id,type,name,country",
                        "abay,address,\"Almaty, Abay Ave 150\",KZ", "s,company,Steppe LLP,KZ",
                        "owner,company,Kvarts LLC,RU", "neighbour,company,Ural Works AO,RU", "eu-only,company,EU Only,RU"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share,start_date",
                        "r1,owner,s,OWNS,40,2022-01-01", "r2,s,abay,REGISTERED_AT,,", "r3,neighbour,abay,REGISTERED_AT,,",
                        "r4,eu-only,neighbour,OWNS,10,2020-01-01"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on,delisted_on",
                        "neighbour,OFAC,RUSSIA-EO14024,2022-02-24,", "owner,OFAC,RUSSIA-EO14024,2022-05-08,",
                        "eu-only,EU,RUS-269/2014,2023-06-23,"));
    }

    @Test
    void exposureThroughOwnershipRanksAboveExposureThroughASharedAddress() {
        exposedCase();

        var answer = json("/api/entities/s/exposure?regime=OFAC&asOf=2024-01-01");

        var designated = answer.get("designated");
        assertThat(ids(designated)).containsExactly("owner", "neighbour");
        assertThat(answer.get("searchedHops").asInt()).as("one level past the nearest listed parties").isEqualTo(2);
        assertThat(json("/api/entities/s/exposure?regime=OFAC&asOf=2024-01-01&allLevels=true").get("searchedHops")
                .asInt()).as("every level up to the default cap, or until the entities run out").isGreaterThan(2);
        var owner = designated.get(0);
        assertThat(owner.get("distance").asInt()).isEqualTo(1);
        assertThat(owner.get("listings").get(0).get("program").asString()).isEqualTo("RUSSIA-EO14024");
        assertThat(owner.get("explanation").asString()).isEqualTo(
                "Steppe LLP is owned 40% by Kvarts LLC; Kvarts LLC is listed by OFAC under RUSSIA-EO14024 on 2022-05-08.");
        assertThat(owner.get("paths").get(0).get("steps").get(1).get("links").get(0).get("sources").get(0).asString())
                .isEqualTo("case:r1");
        assertThat(designated.get(1).get("explanation").asString()).startsWith(
                "Steppe LLP shares the address Almaty, Abay Ave 150 with Ural Works AO; Ural Works AO is listed by OFAC");
    }

    @Test
    void theRegimeAndTheDateChooseTheListingsThatCount() {
        exposedCase();

        assertThat(ids(json("/api/entities/s/exposure?regime=EU&asOf=2024-01-01").get("designated")))
                .containsExactly("eu-only");
        assertThat(json("/api/entities/s/exposure?regime=EU&asOf=2024-01-01").get("designated").get(0)
                .get("distance").asInt()).isEqualTo(2);
        assertThat(ids(json("/api/entities/s/exposure?regime=EU&asOf=2023-01-01").get("designated"))).isEmpty();
        assertThat(ids(json("/api/entities/s/exposure?regime=OFAC&asOf=2022-03-01").get("designated")))
                .as("the owner was listed in May 2022").containsExactly("neighbour");
        assertThat(ids(json("/api/entities/s/exposure?asOf=2024-01-01").get("designated")))
                .containsExactly("owner", "neighbour", "eu-only");
        assertThat(ids(json("/api/entities/s/exposure?asOf=2024-01-01&maxHops=1").get("designated")))
                .containsExactly("owner", "neighbour");
    }

    @Test
    void derivedDesignationsMarkedAfterTheLoadCount() {
        load(Csv.file("entities.csv", "id,type,name,country", "s,company,Steppe LLP,KZ",
                        "buyer,company,OOO Buyer,RU", "maker,company,AO Maker,RU"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share", "r1,maker,buyer,OWNS,80"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on",
                        "maker,OFAC,RUSSIA-EO14024,2022-06-28"),
                Csv.file("shipments.csv", "id,date,exporter_id,consignee_id,hs_code,value_usd",
                        "s1,2023-01-10,s,buyer,8542310000,1000"));

        var designated = json("/api/entities/s/exposure?regime=OFAC").get("designated");

        assertThat(ids(designated)).containsExactly("buyer", "maker");
        var buyer = designated.get(0);
        assertThat(buyer.get("listings").isEmpty()).isTrue();
        assertThat(buyer.get("derived").get(0).get("regime").asString()).isEqualTo("OFAC");
        assertThat(buyer.get("explanation").asString()).isEqualTo("Steppe LLP ships to OOO Buyer (1 shipment on "
                + "2023-01-10); OOO Buyer is designated under OFAC as owned or controlled by designated parties.");
        assertThat(designated.get(1).get("explanation").asString()).startsWith(
                "Steppe LLP ships to OOO Buyer (1 shipment on 2023-01-10), which is owned 80% by AO Maker; AO Maker is "
                        + "listed by OFAC");
    }

    @Test
    void badParametersAre400AndUnknownEntities404() {
        threeRoutes();
        for (var path : List.of("/api/paths?from=a&to=a", "/api/paths?from=a&to=z&types=ownership,gossip",
                "/api/paths?from=a&to=z&k=0", "/api/paths?from=a&to=z&k=11", "/api/paths?from=a&to=z&maxHops=11",
                "/api/paths?from=a&to=z&maxHops=0", "/api/paths?from=a&to=z&asOf=2024-13-01",
                "/api/paths?from=a&to=z&k=many", "/api/paths?from=a", "/api/entities/a/exposure?maxHops=7",
                "/api/entities/a/exposure?regime=XX", "/api/entities/a/exposure?asOf=yesterday")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
        }
        assertThat(ApiClient.json(get("/api/paths?from=a&to=z&types=gossip")).get("detail").asString())
                .contains("gossip", "ownership");
        assertThat(get("/api/paths?from=a&to=nobody").statusCode()).isEqualTo(404);
        assertThat(get("/api/paths?from=nobody&to=a").statusCode()).isEqualTo(404);
        assertThat(get("/api/entities/nobody/exposure").statusCode()).isEqualTo(404);
    }


    private static List<String> routes(JsonNode answer) {
        var routes = new ArrayList<String>();
        answer.get("paths").forEach(path -> {
            var ids = new ArrayList<String>();
            path.get("steps").forEach(step -> ids.add(step.get("node").get("id").asString()));
            routes.add(String.join(" ", ids));
        });
        return routes;
    }

    private static List<String> ids(JsonNode designated) {
        var ids = new ArrayList<String>();
        designated.forEach(party -> ids.add(party.get("party").get("id").asString()));
        return ids;
    }

    private static JsonNode hub(JsonNode answer, String id) {
        for (var hub : answer.get("hubsSkipped")) {
            if (hub.get("id").asString().equals(id)) {
                return hub;
            }
        }
        throw new AssertionError("no hub " + id + " in " + answer);
    }
}
