package io.ownerscope.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.ownerscope.graph.Graph;
import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** The graph canvas's subgraph over HTTP, each case on its own tiny graph. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ownerscope.network.max-nodes=8", "ownerscope.query.timeout=3m"})
class GraphApiIT extends RunningService {

    Graph graph;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(driver);
    }

    /**
     * Anna (RU) owns 80% of Beta (KZ) and is listed by OFAC; Pavel directs Beta; Beta shipped twice to Gamma and is
     * registered at an address in Almaty.
     */
    private void betaAndItsParties() {
        load(Csv.file("entities.csv", "id,type,name,country,address",
                        "anna,company,Anna Holding AO,RU,", "beta,company,Beta LLP,KZ,\"Almaty, Abay Ave 150\"",
                        "pavel,person,Pavel Petrov,RU,", "gamma,company,Gamma OOO,RU,"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share,role,start_date,end_date",
                        "r1,anna,beta,OWNS,80,,2020-01-01,", "r2,pavel,beta,DIRECTOR_OF,,director,2021-01-01,"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on", "anna,OFAC,RUSSIA-EO14024,2022-03-01"),
                Csv.file("shipments.csv", "id,date,exporter_id,consignee_id,hs_code,value_usd",
                        "s1,2023-01-10,beta,gamma,854231,1000", "s2,2023-02-10,beta,gamma,854232,234"));
    }

    @Test
    void theNodesOneHopAroundAnEntityWithTheirLinksFlagsAndSources() {
        betaAndItsParties();

        var answer = json("/api/graph?ids=beta");

        assertThat(ids(answer.get("nodes"))).hasSize(5).startsWith("beta")
                .contains("anna", "pavel", "gamma");
        var anna = node(answer, "anna");
        assertThat(anna.get("type").asString()).isEqualTo("Company");
        assertThat(anna.get("name").asString()).isEqualTo("Anna Holding AO");
        assertThat(anna.get("listed").asBoolean()).isTrue();
        assertThat(anna.get("russian").asBoolean()).isTrue();
        assertThat(anna.get("transshipment").asBoolean()).isFalse();
        assertThat(anna.get("derived").asBoolean()).isFalse();
        assertThat(anna.get("datasets").get(0).asString()).isEqualTo("case");
        assertThat(anna.get("sources").get(0).get("recordId").asString()).isEqualTo("anna");
        assertThat(anna.get("sources").get(0).get("loadRun").isString()).isTrue();
        var beta = node(answer, "beta");
        assertThat(beta.get("transshipment").asBoolean()).isTrue();
        assertThat(beta.get("listed").asBoolean()).isFalse();
        var address = nodesOfType(answer, "Address").getFirst();
        assertThat(address.get("name").asString()).isEqualTo("Almaty, Abay Ave 150");

        var owns = edge(answer, "OWNS");
        assertThat(owns.get("source").asString()).isEqualTo("anna");
        assertThat(owns.get("target").asString()).isEqualTo("beta");
        assertThat(owns.get("label").asString()).isEqualTo("80%");
        assertThat(owns.get("share").asDouble()).isEqualTo(80.0);
        assertThat(owns.get("startDate").asString()).isEqualTo("2020-01-01");
        assertThat(owns.get("sources").get(0).get("recordId").asString()).isEqualTo("r1");
        assertThat(edge(answer, "DIRECTOR_OF").get("label").asString()).isEqualTo("director");
        var registered = edge(answer, "REGISTERED_AT");
        assertThat(registered.get("target").asString()).isEqualTo(address.get("id").asString());
        var trade = edge(answer, "TRADE");
        assertThat(trade.get("source").asString()).isEqualTo("beta");
        assertThat(trade.get("target").asString()).isEqualTo("gamma");
        assertThat(trade.get("shipments").asLong()).isEqualTo(2);
        assertThat(trade.get("value").decimalValue()).isEqualByComparingTo("1234.00");
        assertThat(trade.get("label").asString()).isEqualTo("2 shipments, HS 8542, USD 1,234.00");
        assertThat(strings(trade.get("hsCodes"))).containsExactlyInAnyOrder("854231", "854232");
        assertThat(trade.get("startDate").asString()).isEqualTo("2023-01-10");
        assertThat(trade.get("endDate").asString()).isEqualTo("2023-02-10");
        assertThat(strings(trade.get("sources"), "recordId")).containsExactly("s2", "s1");
        assertThat(answer.get("edges")).hasSize(4);
        assertThat(answer.get("collapsed").isEmpty()).isTrue();
        assertThat(answer.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void hopsBoundTheNeighbourhoodAndZeroHopsGivesTheLinksBetweenTheEntitiesNamed() {
        betaAndItsParties();

        var alone = json("/api/graph?ids=beta&hops=0");
        assertThat(ids(alone.get("nodes"))).containsExactly("beta");
        assertThat(alone.get("edges").isEmpty()).isTrue();

        var pair = json("/api/graph?ids=anna,beta&hops=0");
        assertThat(ids(pair.get("nodes"))).containsExactly("anna", "beta");
        assertThat(kinds(pair)).containsExactly("OWNS");

        var twoHops = json("/api/graph?ids=pavel&hops=2");
        assertThat(ids(twoHops.get("nodes"))).startsWith("pavel", "beta").contains("anna", "gamma");
        assertThat(nodesOfType(twoHops, "Sanction")).isEmpty();
        var threeHops = json("/api/graph?ids=pavel&hops=3");
        var listing = nodesOfType(threeHops, "Sanction").getFirst();
        assertThat(listing.get("name").asString()).isEqualTo("OFAC RUSSIA-EO14024");
        var targets = edge(threeHops, "TARGETS");
        assertThat(targets.get("source").asString()).isEqualTo(listing.get("id").asString());
        assertThat(targets.get("target").asString()).isEqualTo("anna");
        assertThat(targets.get("startDate").asString()).isEqualTo("2022-03-01");
        assertThat(targets.get("label").asString()).isEqualTo("OFAC RUSSIA-EO14024 since 2022-03-01");
    }

    @Test
    void onADayOnlyTheLinksValidAndTheListingsInForceThenAndTheShipmentsUpToIt() {
        load(Csv.file("entities.csv", "id,type,name,country",
                        "a,company,Alpha,KZ", "b,company,Bravo,CY", "c,company,Charlie,AE", "d,company,Delta,TR"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share,start_date,end_date",
                        "r1,b,a,OWNS,60,2018-01-01,2020-12-31", "r2,c,a,OWNS,40,2021-01-01,"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on,delisted_on",
                        "b,EU,RUSSIA,2019-01-01,2020-06-30"),
                Csv.file("shipments.csv", "id,date,exporter_id,consignee_id,hs_code,value_usd",
                        "s1,2020-01-10,a,d,854210,10", "s2,2023-02-10,a,d,847130,20"));

        var in2020 = json("/api/graph?ids=a&asOf=2020-06-01");
        assertThat(ids(in2020.get("nodes"))).containsExactlyInAnyOrder("a", "b", "d");
        assertThat(node(in2020, "b").get("listed").asBoolean()).isTrue();
        assertThat(edge(in2020, "TRADE").get("shipments").asLong()).isEqualTo(1);

        var in2024 = json("/api/graph?ids=a&asOf=2024-01-01");
        assertThat(ids(in2024.get("nodes"))).containsExactlyInAnyOrder("a", "c", "d");
        assertThat(edge(in2024, "TRADE").get("value").decimalValue()).isEqualByComparingTo("30.00");

        var everything = json("/api/graph?ids=a&hops=2");
        assertThat(ids(everything.get("nodes"))).contains("a", "b", "c", "d");
        assertThat(node(everything, "b").get("listed").asBoolean()).as("delisted before today").isFalse();
        assertThat(nodesOfType(everything, "Sanction")).hasSize(1);
        assertThat(nodesOfType(json("/api/graph?ids=a&hops=2&asOf=2024-01-01"), "Sanction")).isEmpty();
    }

    @Test
    void kindsChooseTheLinksFollowedAndDrawn() {
        betaAndItsParties();

        var owners = json("/api/graph?ids=beta&kinds=OWNS");
        assertThat(ids(owners.get("nodes"))).containsExactly("beta", "anna");
        assertThat(kinds(owners)).containsExactly("OWNS");

        var people = json("/api/graph?ids=beta&kinds=director_of,%20TRADE");
        assertThat(ids(people.get("nodes"))).containsExactlyInAnyOrder("beta", "pavel", "gamma");
        assertThat(kinds(people)).containsExactlyInAnyOrder("DIRECTOR_OF", "TRADE");
    }

    @Test
    void aNodeWithMoreLinksOfOneKindThanTheHubLimitHasThemCountedNotExpanded() {
        load(Csv.file("entities.csv", "id,type,name,country",
                        "hub,person,Nominee,CY", "o,company,Owner,CY", "c1,company,C1,CY", "c2,company,C2,CY",
                        "c3,company,C3,CY", "c4,company,C4,CY"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,role",
                        "d1,hub,c1,DIRECTOR_OF,director", "d2,hub,c2,DIRECTOR_OF,director",
                        "d3,hub,c3,DIRECTOR_OF,director", "d4,hub,c4,DIRECTOR_OF,director",
                        "f1,o,hub,FAMILY_OF,brother"));

        var collapsed = json("/api/graph?ids=hub&hubLimit=3");
        assertThat(ids(collapsed.get("nodes"))).containsExactly("hub", "o");
        assertThat(collapsed.get("collapsed")).hasSize(1);
        var hub = collapsed.get("collapsed").get(0);
        assertThat(hub.get("id").asString()).isEqualTo("hub");
        assertThat(hub.get("kind").asString()).isEqualTo("DIRECTOR_OF");
        assertThat(hub.get("count").asLong()).isEqualTo(4);
        assertThat(edge(collapsed, "FAMILY_OF").get("label").asString()).isEqualTo("brother");

        var expanded = json("/api/graph?ids=hub&hubLimit=4");
        assertThat(ids(expanded.get("nodes"))).hasSize(6);
        assertThat(expanded.get("collapsed").isEmpty()).isTrue();
        assertThat(json("/api/graph?ids=hub").get("collapsed").isEmpty()).as("default limit 25").isTrue();
    }

    @Test
    void theNodeCapCutsTheNeighbourhoodAndSaysSo() {
        var rows = new ArrayList<String>(List.of("id,type,name,country", "star,company,Star,AE"));
        var links = new ArrayList<String>(List.of("id,from_id,to_id,type"));
        IntStream.rangeClosed(1, 10).forEach(i -> {
            rows.add("p" + i + ",person,P" + i + ",AE");
            links.add("o" + i + ",p" + i + ",star,OWNS");
        });
        load(Csv.file("entities.csv", rows.toArray(String[]::new)),
                Csv.file("relationships.csv", links.toArray(String[]::new)));

        var answer = json("/api/graph?ids=star");

        assertThat(answer.get("nodes")).hasSize(8);
        assertThat(answer.get("edges")).hasSize(7);
        assertThat(answer.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void aPartyOwnedByAListedOneIsMarkedDerived() {
        betaAndItsParties();

        var answer = json("/api/graph?ids=anna,beta&hops=0");

        assertThat(node(answer, "beta").get("derived").asBoolean()).as("80% owned by a listed party").isTrue();
        assertThat(node(answer, "anna").get("derived").asBoolean()).isFalse();
    }

    @Test
    void badParametersAreRefusedNamingTheParameterTheValueAndWhatIsAllowed() {
        betaAndItsParties();

        assertRefused("/api/graph?ids=beta&hops=4", "hops", "4", "between 0 and 3");
        assertRefused("/api/graph?ids=beta&hubLimit=0", "hubLimit", "0", "between 1 and 1000");
        assertRefused("/api/graph?ids=beta&kinds=OWNS,BOGUS", "kinds", "BOGUS", "OWNS, CONTROLS");
        assertRefused("/api/graph?ids=%20,", "ids", " ,", "1 to 50");
        var many = String.join(",", IntStream.rangeClosed(1, 51).mapToObj(i -> "e" + i).toList());
        assertRefused("/api/graph?ids=" + many, "ids", "e1,e2", "1 to 50");
        assertThat(get("/api/graph?ids=beta&hops=x").statusCode()).isEqualTo(400);
        assertThat(get("/api/graph?ids=beta&asOf=2024-13-01").statusCode()).isEqualTo(400);
        var missing = get("/api/graph");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(missing).get("errors").get(0).get("parameter").asString()).isEqualTo("ids");
    }

    @Test
    void unknownIdsAreNamedInA404() {
        betaAndItsParties();

        var response = get("/api/graph?ids=beta,nobody,nowhere");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(response).get("detail").asString()).contains("'nobody'", "'nowhere'")
                .doesNotContain("'beta'");
    }

    private void assertRefused(String path, String parameter, String value, String allowed) {
        var response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        var error = ApiClient.json(response).get("errors").get(0);
        assertThat(error.get("parameter").asString()).isEqualTo(parameter);
        assertThat(error.get("value").asString()).startsWith(value);
        assertThat(error.get("allowed").asString()).contains(allowed);
    }

    private static List<String> ids(JsonNode nodes) {
        return strings(nodes, "id");
    }

    private static List<String> kinds(JsonNode answer) {
        return strings(answer.get("edges"), "kind");
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static List<String> strings(JsonNode array, String field) {
        var values = new ArrayList<String>();
        array.forEach(value -> values.add(value.get(field).asString()));
        return values;
    }

    private static JsonNode node(JsonNode answer, String id) {
        for (var node : answer.get("nodes")) {
            if (node.get("id").asString().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no node " + id + " in " + answer);
    }

    private static List<JsonNode> nodesOfType(JsonNode answer, String type) {
        var found = new ArrayList<JsonNode>();
        answer.get("nodes").forEach(node -> {
            if (node.get("type").asString().equals(type)) {
                found.add(node);
            }
        });
        return found;
    }

    private static JsonNode edge(JsonNode answer, String kind) {
        for (var edge : answer.get("edges")) {
            if (edge.get("kind").asString().equals(kind)) {
                return edge;
            }
        }
        throw new AssertionError("no " + kind + " edge in " + answer);
    }
}
