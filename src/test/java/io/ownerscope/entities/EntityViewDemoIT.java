package io.ownerscope.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The demo LLP's view: a few kilobytes a person can read, its shipments and other links paged apart. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityViewDemoIT extends RunningService {

    private static final String LLP = "/api/entities/co-kz-steppe-lynx";

    @Autowired
    Graph graph;

    @BeforeAll
    void demoAndAVessel() {
        TestGraphs.emptyGraph(driver);
        loader.load(Csv.classpath("demo"), "demo", "test");
        loader.load(List.of(Csv.file("entities.csv", "id,type,name,country,registration_number",
                "co-mt-baltic-star,company,Baltic Star Shipping Ltd,MT,IMO 9231743")), "vessels", "test");
    }

    @Test
    void theLlpsViewFitsInAFewKilobytesWithItsAddressDirectorAndTwoOwners() {
        var body = get(LLP).body();

        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThan(8_192);
        var view = ApiClient.json(get(LLP));
        assertThat(view.get("properties").get("bin").asString()).isEqualTo("220640819226");
        var links = view.get("relationships");
        assertThat(parties(links, "REGISTERED_AT")).containsExactly("addr-kz-almaty-abay-150");
        assertThat(parties(links, "DIRECTOR_OF")).containsExactly("pe-ruslan-ermekov");
        assertThat(parties(links, "OWNS")).containsExactlyInAnyOrder("pe-dauren-sadykov", "pe-ruslan-ermekov");
        assertThat(links.get(0).get("sources").get(0).get("dataset").asString()).isEqualTo("demo");
    }

    @Test
    void tradeIsSummarizedByDirectionWithItsCounterpartiesAndMoneyInCents() {
        var body = get(LLP).body();
        var kinds = ApiClient.json(get(LLP)).get("linksByKind");

        var exports = kind(kinds, "SHIPMENT", "out");
        assertThat(exports.get("count").asLong()).isEqualTo(119);
        assertThat(exports.get("firstDate").asString()).isEqualTo("2022-08-27");
        assertThat(exports.get("lastDate").asString()).isEqualTo("2024-12-26");
        assertThat(exports.get("counterpartyCount").asLong()).isEqualTo(2);
        var consignee = exports.get("counterparties").get(0);
        assertThat(consignee.get("id").asString()).isEqualTo("co-ru-nordlait-komponent");
        assertThat(consignee.get("shipments").asLong()).isEqualTo(106);
        assertThat(exports.get("more").asString()).isEqualTo(LLP + "/shipments?direction=out");
        assertThat(kind(kinds, "SHIPMENT", "in").get("count").asLong()).isEqualTo(123);
        assertThat(body).contains("\"valueUsd\":33694685.00").contains("\"valueUsd\":28318326.59")
                .doesNotContainPattern("\\.\\d{3,}\\d*[,}]");
        assertThat(kind(kinds, "OWNS", "in").get("count").asLong()).isEqualTo(2);
        assertThat(kind(kinds, "OWNS", "in").get("firstDate").asString()).isEqualTo("2022-06-14");
    }

    @Test
    void emptyFieldsAreLeftOutAndTimesAreToTheMillisecond() {
        var body = get(LLP).body();

        assertThat(body).doesNotContain("[]").doesNotContain("{}").doesNotContain("null");
        var lastSeen = ApiClient.json(get(LLP)).get("sources").get(0).get("lastSeen").asString();
        assertThat(lastSeen).matches(".*T\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?(Z|[+-].*)");
    }

    @Test
    void shipmentsArePagedWithTheirTotal() {
        var first = json(LLP + "/shipments?direction=out");
        assertThat(first.get("total").asLong()).isEqualTo(119);
        assertThat(first.get("limit").asInt()).isEqualTo(50);
        assertThat(first.get("shipments")).hasSize(50);
        assertThat(first.get("truncated").asBoolean()).isTrue();
        assertThat(first.get("shipments").get(0).get("date").asString()).isEqualTo("2022-08-27");
        assertThat(first.get("shipments").get(0).get("direction").asString()).isEqualTo("out");

        var last = json(LLP + "/shipments?direction=out&limit=50&offset=100");
        assertThat(last.get("shipments")).hasSize(19);
        assertThat(last.get("truncated").asBoolean()).isFalse();

        assertThat(json(LLP + "/shipments").get("total").asLong()).as("both ways").isEqualTo(242);
        assertThat(json(LLP + "/shipments?direction=in&limit=200").get("shipments")).hasSize(123);
    }

    @Test
    void shipmentsAreFilteredByCounterpartyHsCodeAndDates() {
        var page = json(LLP + "/shipments?direction=out&counterparty=co-ru-nordlait-komponent&hs=8542"
                + "&from=2023-01-01&to=2023-12-31&limit=200");

        assertThat(page.get("total").asLong()).isEqualTo(35);
        for (var shipment : page.get("shipments")) {
            assertThat(shipment.get("counterparty").get("id").asString()).isEqualTo("co-ru-nordlait-komponent");
            assertThat(shipment.get("hsCode").asString()).startsWith("8542");
            assertThat(shipment.get("date").asString()).startsWith("2023-");
            assertThat(shipment.get("valueUsd").toString()).matches("\\d+(\\.\\d{1,2})?");
        }
    }

    @Test
    void relationshipsAreListedByType() {
        var owners = json(LLP + "/relationships?types=OWNS");
        assertThat(owners.get("total").asLong()).isEqualTo(2);
        assertThat(owners.get("relationships").findValuesAsString("type")).containsOnly("OWNS");

        var page = json(LLP + "/relationships?types=DIRECTOR_OF,registered_at&limit=1");
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("relationships")).hasSize(1);
        assertThat(page.get("truncated").asBoolean()).isTrue();
        assertThat(page.get("types").toString()).isEqualTo("[\"DIRECTOR_OF\",\"REGISTERED_AT\"]");
    }

    @Test
    void badParametersAre400ProblemDetailsNamingTheParameterAndWhatIsAllowed() {
        for (var query : List.of("/shipments?direction=sideways|direction: 'sideways'|in, out or both",
                "/shipments?limit=0|limit: 0|1 to 200", "/shipments?limit=201|limit: 201|1 to 200",
                "/shipments?offset=-1|offset: -1|0 to", "/shipments?hs=85a|hs: '85a'|digits",
                "/shipments?from=yesterday|from: 'yesterday'|yyyy-MM-dd",
                "/shipments?from=2024-01-01&to=2023-01-01|from: 2024-01-01|from <= to",
                "/relationships?types=OWNS,LIKES|types: 'LIKES'|OWNS, CONTROLS",
                "/relationships?limit=500|limit: 500|1 to 200")) {
            var parts = query.split("\\|");
            var response = get(LLP + parts[0]);
            assertThat(response.statusCode()).as(parts[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(ApiClient.json(response).get("detail").asString()).as(parts[0]).contains(parts[1])
                    .contains(parts[2]);
        }
        assertThat(get("/api/entities/nobody/shipments").statusCode()).isEqualTo(404);
        assertThat(get("/api/entities/nobody/relationships").statusCode()).isEqualTo(404);
    }

    @Test
    void searchFindsARecordByAnyOfItsIdentifiersFirst() {
        assertFoundByIdentifier("2206 4081 9226", "co-kz-steppe-lynx", "bin");
        assertFoundByIdentifier("7875686420", "co-ru-severny-bakaleiny-dom", "inn");
        assertFoundByIdentifier("1047818317304", "co-ru-severny-bakaleiny-dom", "ogrn");
        assertFoundByIdentifier("969500e2n09pdsvsdg06", "co-de-brenntal-halbleiter", "lei");
        assertFoundByIdentifier("HRB 39357", "co-de-brenntal-halbleiter", "registrationNumber");
        assertFoundByIdentifier("IMO 9231743", "co-mt-baltic-star", "registrationNumber");
        assertFoundByIdentifier("imo-9231743", "co-mt-baltic-star", "registrationNumber");
        assertFoundByIdentifier("9231743", "co-mt-baltic-star", "registrationNumber");
    }

    @Test
    void anIdentifierCostsOneIndexLookupPerSchemeNotAScan() {
        var plan = graph.read(tx -> tx.run("EXPLAIN " + Cypher.load("entities/search-identifiers.cypher"),
                java.util.Map.of("values", IdentifierForms.of("IMO 9231743"), "limit", 20)).consume().plan());
        var operators = new ArrayList<String>();
        collect(plan, operators);

        assertThat(operators).filteredOn(o -> o.contains("IndexSeek")).hasSize(6);
        assertThat(operators).noneMatch(o -> o.contains("Scan"));
    }

    @Test
    void identifierMatchesComeBeforeNameMatches() {
        var results = json("/api/entities?name=" + ApiClient.encode("steppe")).get("results");
        assertThat(results.get(0).get("matchedBy").asString()).isEqualTo("words");
        assertThat(results.get(0).has("scheme")).isFalse();
    }

    private void assertFoundByIdentifier(String typed, String id, String scheme) {
        var results = json("/api/entities?name=" + ApiClient.encode(typed)).get("results");
        assertThat(results.get(0).get("id").asString()).as(typed).isEqualTo(id);
        assertThat(results.get(0).get("matchedBy").asString()).as(typed).isEqualTo("identifier");
        assertThat(results.get(0).get("scheme").asString()).as(typed).isEqualTo(scheme);
    }

    private static void collect(Plan plan, List<String> operators) {
        operators.add(plan.operatorType());
        plan.children().forEach(child -> collect(child, operators));
    }

    private static List<String> parties(JsonNode links, String type) {
        var ids = new ArrayList<String>();
        for (var link : links) {
            if (link.get("type").asString().equals(type)) {
                ids.add(link.get("other").get("id").asString());
            }
        }
        return ids;
    }

    private static JsonNode kind(JsonNode kinds, String kind, String direction) {
        for (var entry : kinds) {
            if (entry.get("kind").asString().equals(kind) && entry.get("direction").asString().equals(direction)) {
                return entry;
            }
        }
        throw new AssertionError("no " + kind + " " + direction + " in " + kinds);
    }
}
