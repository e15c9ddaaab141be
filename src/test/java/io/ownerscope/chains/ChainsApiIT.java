package io.ownerscope.chains;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/chains} over HTTP, each case on the smallest graph that shows it, loaded through the CSV loader. */
class ChainsApiIT extends RunningService {

    private static final String ENTITIES = "id,type,name,country,incorporation_date,address";
    private static final String RELATIONSHIPS = "id,from_id,to_id,type,share,interest_type,role,start_date,end_date";
    private static final String SANCTIONS = "entity_id,authority,program,listed_on,delisted_on";
    private static final String SHIPMENTS = "id,date,exporter_id,consignee_id,hs_code,value_usd,destination_country";

    @BeforeEach
    void emptyGraph() {
        TestGraphs.emptyGraph(driver);
    }

    /**
     * A German supplier ships chips to a new Kazakh LLP that re-exports them three weeks later to a Russian firm,
     * 80% held by a Cypriot holding in which an OFAC-listed maker holds 40%.
     */
    private void chain(String sanctionRow, String... extraRelationships) {
        var relationships = new ArrayList<>(List.of(RELATIONSHIPS,
                "own-1,holding,consignee,OWNS,80,shareholding,,2021-04-01,",
                "own-2,maker,holding,OWNS,40,shareholding,,2018-03-15,"));
        relationships.addAll(List.of(extraRelationships));
        loader.load(List.of(
                Csv.file("entities.csv", ENTITIES,
                        "supplier,company,Hallwitz Bauelemente GmbH,DE,1994-04-18,",
                        "roaster,company,Kaffee Rösterei GmbH,DE,1990-01-01,",
                        "llp,company,Steppe Lynx Trading LLP,KZ,2022-06-14,",
                        "consignee,company,OOO Nordlait Komponent,RU,2014-05-20,",
                        "holding,company,Peristera Investments Ltd,CY,2016-09-12,",
                        "maker,company,AO NPO Strezhen,RU,1992-01-01,"),
                Csv.file("relationships.csv", relationships.toArray(String[]::new)),
                Csv.file("sanctions.csv", SANCTIONS, sanctionRow),
                Csv.file("shipments.csv", SHIPMENTS,
                        "direct-1,2021-06-01,supplier,consignee,85423190,50000,RU",
                        "in-1,2023-01-10,supplier,llp,85423190,100000,KZ",
                        "coffee,2023-01-05,roaster,llp,09012100,30000,KZ",
                        "out-1,2023-02-01,llp,consignee,8542319000,120000,RU")), "case", "test");
    }

    private static final String MAKER_LISTED = "maker,OFAC,RUSSIA-EO14024,2022-06-28,";

    @Test
    void aChainCarriesItsLegsTheLinkToTheDesignatedPartyTheSourcesAndAnExplainedScore() {
        chain(MAKER_LISTED);

        var answer = json("/api/chains");

        assertThat(answer.get("total").asInt()).as("the roaster's coffee is not what reached the consignee")
                .isEqualTo(1);
        var chain = answer.get("chains").get(0);
        assertThat(chain.get("supplier").get("id").asString()).isEqualTo("supplier");
        assertThat(chain.get("intermediary").get("id").asString()).isEqualTo("llp");
        assertThat(chain.get("consignee").get("id").asString()).isEqualTo("consignee");
        var inbound = chain.get("inbound").get("shipments").get(0);
        assertThat(inbound.get("id").asString()).isEqualTo("in-1");
        assertThat(inbound.get("chplTier").asString()).isEqualTo("1");
        var outbound = chain.get("outbound").get("shipments").get(0);
        assertThat(outbound.get("id").asString()).isEqualTo("out-1");
        assertThat(outbound.get("hs6").asString()).isEqualTo("854231");
        assertThat(outbound.get("passesOn").get(0).asString()).isEqualTo("in-1");
        assertThat(outbound.get("source").asString()).isEqualTo("case:out-1");
        assertThat(chain.get("directBefore").get("shipments").get(0).get("id").asString()).isEqualTo("direct-1");

        var link = chain.get("link");
        assertThat(link.get("kind").asString()).isEqualTo("owned-or-controlled");
        assertThat(link.get("party").get("id").asString()).isEqualTo("maker");
        var path = link.get("path");
        assertThat(path.get(0).get("from").asString()).isEqualTo("holding");
        assertThat(path.get(0).get("to").asString()).isEqualTo("consignee");
        assertThat(path.get(0).get("share").asDouble()).isEqualTo(80.0);
        assertThat(path.get(0).get("source").asString()).isEqualTo("case:own-1");
        assertThat(path.get(1).get("from").asString()).isEqualTo("maker");
        assertThat(path.get(1).get("share").asDouble()).isEqualTo(40.0);
        var listing = link.get("designations").get(0);
        assertThat(listing.get("basis").asString()).isEqualTo("listed");
        assertThat(listing.get("authority").asString()).isEqualTo("OFAC");
        assertThat(listing.get("program").asString()).isEqualTo("RUSSIA-EO14024");
        assertThat(listing.get("listedOn").asString()).isEqualTo("2022-06-28");
        assertThat(strings(chain.get("sources"))).contains("case:in-1", "case:out-1", "case:own-1", "case:own-2",
                "case:llp", "case:consignee");

        var components = chain.get("components");
        double sum = 0;
        for (var component : components) {
            sum += component.get("points").asDouble();
        }
        assertThat(chain.get("score").asDouble()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.001));
        assertThat(component(chain, "passThrough").get("value").asDouble()).isEqualTo(1.0);
        assertThat(component(chain, "rerouted").get("value").asDouble()).isEqualTo(1.0);
        assertThat(component(chain, "newIntermediary").get("value").asDouble()).isEqualTo(1.0);
        assertThat(component(chain, "chplTier").get("value").asDouble()).isEqualTo(1.0);
        assertThat(component(chain, "link").get("value").asDouble()).isEqualTo(0.75);
    }

    @Test
    void noChainWhenTheConsigneeHasNoLinkToADesignatedParty() {
        chain("someone-else,OFAC,RUSSIA-EO14024,2022-06-28,");

        assertThat(json("/api/chains").get("chains")).isEmpty();
    }

    @Test
    void aDelistedPartyDoesNotCount() {
        chain("maker,OFAC,RUSSIA-EO14024,2022-06-28,2024-03-12");

        assertThat(json("/api/chains").get("chains")).isEmpty();
        assertThat(json("/api/chains?asOf=2023-06-01").get("chains")).hasSize(1);
    }

    @Test
    void onlyTheChosenRegimesListingsAndMarksCount() {
        chain(MAKER_LISTED);

        assertThat(json("/api/chains?regime=OFAC").get("chains")).hasSize(1);
        assertThat(json("/api/chains?regime=uk").get("chains")).isEmpty();
    }

    @Test
    void aDerivedDesignationMarkCountsWhereNoPathReachesTheListedParty() {
        // four links of full ownership: longer than the paths followed, but the recompute marks the consignee
        loader.load(List.of(
                Csv.file("entities.csv", ENTITIES,
                        "supplier,company,Supplier GmbH,DE,,", "llp,company,Trading LLP,KZ,2022-06-14,",
                        "consignee,company,OOO Consignee,RU,,", "a,company,A Ltd,CY,,", "b,company,B Ltd,CY,,",
                        "c,company,C Ltd,CY,,", "maker,company,AO Maker,RU,,"),
                Csv.file("relationships.csv", RELATIONSHIPS,
                        "o1,maker,a,OWNS,100,shareholding,,,", "o2,a,b,OWNS,100,shareholding,,,",
                        "o3,b,c,OWNS,100,shareholding,,,", "o4,c,consignee,OWNS,100,shareholding,,,"),
                Csv.file("sanctions.csv", SANCTIONS, MAKER_LISTED),
                Csv.file("shipments.csv", SHIPMENTS, "in-1,2023-01-10,supplier,llp,85423190,100000,KZ",
                        "out-1,2023-02-01,llp,consignee,8542319000,120000,RU")), "case", "test");

        var chain = json("/api/chains?regime=OFAC").get("chains").get(0);

        var link = chain.get("link");
        assertThat(link.get("kind").asString()).isEqualTo("designated");
        assertThat(link.get("party").get("id").asString()).isEqualTo("consignee");
        var mark = link.get("designations").get(0);
        assertThat(mark.get("basis").asString()).isEqualTo("derived");
        assertThat(mark.get("regime").asString()).isEqualTo("OFAC");
        assertThat(strings(mark.get("contributors"))).containsExactly("c");
    }

    @Test
    void aLinkThroughOwnershipRanksAboveASharedAddress() {
        loader.load(List.of(
                Csv.file("entities.csv", ENTITIES,
                        "supplier,company,Supplier GmbH,DE,,", "llp,company,Trading LLP,KZ,2022-06-14,",
                        "owned,company,OOO Owned,RU,,", "neighbour,company,OOO Neighbour,RU,,",
                        "maker,company,AO Maker,RU,,", "other-maker,company,AO Other Maker,RU,,",
                        "lenina-1,address,Ulitsa Lenina 1 Moskva,RU,,"),
                Csv.file("relationships.csv", RELATIONSHIPS, "o1,other-maker,owned,OWNS,30,shareholding,,,",
                        "a1,maker,lenina-1,REGISTERED_AT,,,,,", "a2,neighbour,lenina-1,REGISTERED_AT,,,,,"),
                Csv.file("sanctions.csv", SANCTIONS, MAKER_LISTED, "other-maker,OFAC,RUSSIA-EO14024,2022-06-28,"),
                Csv.file("shipments.csv", SHIPMENTS, "in-1,2023-01-10,supplier,llp,85423190,100000,KZ",
                        "to-owned,2023-02-01,llp,owned,8542319000,120000,RU",
                        "to-neighbour,2023-02-01,llp,neighbour,8542319000,120000,RU")), "case", "test");

        var chains = json("/api/chains").get("chains");

        assertThat(chains).hasSize(2);
        assertThat(chains.get(0).get("consignee").get("id").asString()).isEqualTo("owned");
        assertThat(chains.get(1).get("link").get("kind").asString()).isEqualTo("shared-address");
        assertThat(chains.get(0).get("score").asDouble()).isGreaterThan(chains.get(1).get("score").asDouble());
    }

    @Test
    void filtersOnTiersHsCodesDatesValueAndIntermediaryCountriesApplyToBothLegs() {
        chain(MAKER_LISTED);

        assertThat(json("/api/chains?tiers=1").get("chains")).hasSize(1);
        assertThat(json("/api/chains?tiers=2,3.A").get("chains")).isEmpty();
        assertThat(json("/api/chains?hs=8542.31").get("chains")).hasSize(1);
        assertThat(json("/api/chains?hs=8471").get("chains")).isEmpty();
        assertThat(json("/api/chains?from=2023-01-01&to=2023-03-01").get("chains")).hasSize(1);
        assertThat(json("/api/chains?from=2023-01-20").get("chains")).as("the inbound leg falls outside").isEmpty();
        assertThat(json("/api/chains?to=2023-01-31").get("chains")).as("the outbound leg falls outside").isEmpty();
        assertThat(json("/api/chains?minValue=120000").get("chains")).hasSize(1);
        assertThat(json("/api/chains?minValue=120001").get("chains")).isEmpty();
        assertThat(json("/api/chains?intermediaryCountries=AM,GE").get("chains")).isEmpty();
        assertThat(json("/api/chains?intermediaryCountries=kz").get("chains")).hasSize(1);
        assertThat(json("/api/chains?destinationCountries=BY").get("chains")).isEmpty();
    }

    @Test
    void searchesStartFromASupplierOrAnIntermediary() {
        chain(MAKER_LISTED);

        assertThat(json("/api/chains?supplier=supplier").get("chains")).hasSize(1);
        assertThat(json("/api/chains?intermediary=llp").get("chains")).hasSize(1);
        assertThat(json("/api/chains?supplier=maker").get("chains")).isEmpty();
        assertThat(json("/api/chains?intermediary=holding").get("chains")).isEmpty();
        assertThat(get("/api/chains?supplier=nobody").statusCode()).isEqualTo(404);
        assertThat(get("/api/chains?intermediary=nobody").statusCode()).isEqualTo(404);
    }

    @Test
    void badParametersAre400ProblemDetails() {
        chain(MAKER_LISTED);

        for (var path : List.of("/api/chains?intermediaryCountries=XX", "/api/chains?destinationCountries=RUS",
                "/api/chains?from=2023-13-01", "/api/chains?from=2024-01-01&to=2023-01-01", "/api/chains?tiers=5",
                "/api/chains?minValue=-1", "/api/chains?regime=UN", "/api/chains?hs=85x2", "/api/chains?limit=0",
                "/api/chains?limit=100000", "/api/chains?offset=-1", "/api/chains?minValue=lots")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
        }
    }

    private static JsonNode component(JsonNode chain, String name) {
        for (var component : chain.get("components")) {
            if (component.get("name").asString().equals(name)) {
                return component;
            }
        }
        throw new AssertionError("no component " + name);
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
