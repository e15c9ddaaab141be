package io.ownerscope.redflags;

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

/** Each red flag raised and not raised on the smallest graph that shows it, the score and the ranking, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ownerscope.red-flags.mass-registration-min-companies=3",
        "ownerscope.red-flags.hub-degree=5",
        "ownerscope.red-flags.weights.chpl-to-russia=5",
        "ownerscope.red-flags.logistics.consignees=known-forwarder",
        "ownerscope.query.timeout=2m"})
class RedFlagsApiIT extends RunningService {

    private static final String ENTITIES = "id,type,name,country,incorporation_date,nationality";
    private static final String LINKS = "id,from_id,to_id,type,share,role,start_date,end_date";
    private static final String SHIPMENTS = "id,date,exporter_id,consignee_id,hs_code,value_usd,destination_country";
    private static final String SANCTIONS = "entity_id,authority,program,listed_on,delisted_on";

    Graph graph;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(driver);
    }

    private void load(List<String> entities, List<String> links, List<String> shipments, List<String> sanctions) {
        var files = new ArrayList<io.ownerscope.loading.InputFile>();
        files.add(Csv.file("entities.csv", with(ENTITIES, entities)));
        if (!links.isEmpty()) {
            files.add(Csv.file("relationships.csv", with(LINKS, links)));
        }
        if (!shipments.isEmpty()) {
            files.add(Csv.file("shipments.csv", with(SHIPMENTS, shipments)));
        }
        if (!sanctions.isEmpty()) {
            files.add(Csv.file("sanctions.csv", with(SANCTIONS, sanctions)));
        }
        var report = loader.load(files, "t", "test");
        assertThat(report.rejects()).isEmpty();
    }

    private static String[] with(String header, List<String> rows) {
        var lines = new ArrayList<String>();
        lines.add(header);
        lines.addAll(rows);
        return lines.toArray(String[]::new);
    }

    private JsonNode flag(String id, String flag) {
        var report = json("/api/entities/" + id + "/red-flags");
        for (var node : report.get("flags")) {
            if (node.get("flag").asString().equals(flag)) {
                return node;
            }
        }
        throw new AssertionError("no flag " + flag + " in " + report);
    }

    private static List<String> texts(JsonNode array) {
        var list = new ArrayList<String>();
        array.forEach(node -> list.add(node.asString()));
        return list;
    }

    @Test
    void incorporationOnOrAfterTheInvasionRaisesTheFlagWithTheDate() {
        load(List.of("new,company,New LLP,KZ,2022-06-14,", "old,company,Old LLP,KZ,2019-03-01,",
                "undated,company,Undated LLP,KZ,,"), List.of(), List.of(), List.of());

        var raised = flag("new", "incorporated-after-invasion");
        assertThat(raised.get("raised").asBoolean()).isTrue();
        assertThat(raised.get("evidence").get("incorporationDate").asString()).isEqualTo("2022-06-14");
        assertThat(raised.get("evidence").get("daysAfterInvasion").asInt()).isEqualTo(110);
        assertThat(texts(raised.get("sources"))).containsExactly("t:new");
        assertThat(raised.get("basis").asString()).contains("June 2022");
        assertThat(flag("old", "incorporated-after-invasion").get("raised").asBoolean()).isFalse();
        var undated = flag("undated", "incorporated-after-invasion");
        assertThat(undated.get("raised").asBoolean()).isFalse();
        assertThat(undated.get("assessable").asBoolean()).isFalse();
        assertThat(undated.get("note").asString()).contains("no incorporation date");
    }

    @Test
    void anAddressSharedByManyCompaniesIsMassRegistration() {
        load(List.of("a,company,A,KZ,,", "b,company,B,KZ,,", "c,company,C,KZ,,", "d,company,D,KZ,,",
                "e,company,E,KZ,,", "busy,address,Abay 150,KZ,,", "quiet,address,Tole bi 1,KZ,,"),
                List.of("r1,a,busy,REGISTERED_AT,,,,", "r2,b,busy,REGISTERED_AT,,,,", "r3,c,busy,REGISTERED_AT,,,,",
                        "r4,d,quiet,REGISTERED_AT,,,,", "r5,e,quiet,REGISTERED_AT,,,,"),
                List.of(), List.of());

        var raised = flag("a", "mass-registration-address");
        assertThat(raised.get("raised").asBoolean()).isTrue();
        var address = raised.get("evidence").get("addresses").get(0);
        assertThat(address.get("address").get("id").asString()).isEqualTo("busy");
        assertThat(address.get("companies").asInt()).isEqualTo(3);
        assertThat(texts(raised.get("sources"))).contains("t:r1", "t:r2", "t:r3", "t:busy");
        assertThat(flag("d", "mass-registration-address").get("raised").asBoolean()).isFalse();
    }

    @Test
    void aHubAddressIsCountedNotTraversed() {
        var entities = new ArrayList<String>();
        var links = new ArrayList<String>();
        entities.add("hub,address,Registered agent office,AE,,");
        entities.add("listed,company,Listed Co,AE,,");
        links.add("rl,listed,hub,REGISTERED_AT,,,,");
        for (int i = 0; i < 6; i++) {
            entities.add("c" + i + ",company,C" + i + ",AE,,");
            links.add("r" + i + ",c" + i + ",hub,REGISTERED_AT,,,,");
        }
        load(entities, links, List.of(), List.of("listed,OFAC,RUSSIA-EO14024,2022-06-28,"));

        var mass = flag("c0", "mass-registration-address");
        assertThat(mass.get("raised").asBoolean()).isTrue();
        var address = mass.get("evidence").get("addresses").get(0);
        assertThat(address.get("hub").asBoolean()).isTrue();
        assertThat(address.get("companies").asInt()).isEqualTo(7);
        assertThat(address.get("companiesShown")).isEmpty();
        var designated = flag("c0", "address-shared-with-designated");
        assertThat(designated.get("raised").asBoolean()).isFalse();
        assertThat(designated.get("assessable").asBoolean()).isFalse();
        assertThat(designated.get("note").asString()).contains("not traversed");
    }

    @Test
    void anAddressSharedWithAListedPartyRaisesTheFlagUntilTheListingEnds() {
        load(List.of("front,company,Front LLC,AE,,", "listed,company,Listed AO,RU,,", "gone,company,Gone OOO,RU,,",
                "other,company,Other LLC,AE,,", "addr1,address,Office 1,AE,,", "addr2,address,Office 2,AE,,"),
                List.of("r1,front,addr1,REGISTERED_AT,,,,", "r2,listed,addr1,REGISTERED_AT,,,,",
                        "r3,other,addr2,REGISTERED_AT,,,,", "r4,gone,addr2,REGISTERED_AT,,,,"),
                List.of(), List.of("listed,OFAC,RUSSIA-EO14024,2022-06-28,", "gone,EU,RUS-269/2014,2022-03-01,2023-09-13"));

        var raised = flag("front", "address-shared-with-designated");
        assertThat(raised.get("raised").asBoolean()).isTrue();
        var party = raised.get("evidence").get("addresses").get(0).get("designatedParties").get(0);
        assertThat(party.get("id").asString()).isEqualTo("listed");
        assertThat(party.get("listings").get(0).get("authority").asString()).isEqualTo("OFAC");
        assertThat(texts(raised.get("sources"))).contains("t:r1", "t:r2");
        assertThat(flag("other", "address-shared-with-designated").get("raised").asBoolean()).isFalse();
    }

    @Test
    void aDirectorWhoAlsoRunsARussianOrDesignatedFirmRaisesTheFlag() {
        load(List.of("llp,company,Steppe LLP,KZ,,", "ru,company,OOO Snab,RU,,", "p,person,Ruslan,KZ,,KZ",
                "llp2,company,Clean LLP,KZ,,", "kz,company,Other LLP,KZ,,", "q,person,Aliya,KZ,,KZ",
                "llp3,company,Gulf LLC,AE,,", "listed,company,Listed FZE,AE,,", "o,person,Omar,AE,,AE"),
                List.of("d1,p,llp,DIRECTOR_OF,,director,2022-06-14,", "d2,p,ru,DIRECTOR_OF,,general director,2019-04-02,",
                        "d3,q,llp2,DIRECTOR_OF,,director,,", "d4,q,kz,DIRECTOR_OF,,director,,",
                        "d5,o,llp3,OWNS,50,,,", "d6,o,listed,DIRECTOR_OF,,director,,"),
                List.of(), List.of("listed,UK,RUSSIA,2023-02-24,"));

        var raised = flag("llp", "common-director-or-owner");
        assertThat(raised.get("raised").asBoolean()).isTrue();
        var match = raised.get("evidence").get("matches").get(0);
        assertThat(match.get("party").get("id").asString()).isEqualTo("p");
        assertThat(match.get("related").get("id").asString()).isEqualTo("ru");
        assertThat(match.get("inRelated").get("role").asString()).isEqualTo("general director");
        assertThat(texts(raised.get("sources"))).containsExactlyInAnyOrder("t:d1", "t:d2");
        assertThat(flag("llp2", "common-director-or-owner").get("raised").asBoolean()).isFalse();
        var designated = flag("llp3", "common-director-or-owner");
        assertThat(designated.get("raised").asBoolean()).isTrue();
        assertThat(designated.get("evidence").get("matches").get(0).get("related").get("listings").get(0)
                .get("authority").asString()).isEqualTo("UK");
    }

    @Test
    void highPriorityImportsAndShipmentsToRussiaRaiseTheFlag() {
        load(List.of("maker,company,Maker GmbH,DE,,", "llp,company,Cut-out LLP,KZ,,", "ru,company,OOO Buyer,RU,,",
                "cafe,company,Coffee LLP,KZ,,", "own,company,Own Use LLP,KZ,,", "de,company,Kunde GmbH,DE,,"),
                List.of(),
                List.of("s1,2023-01-10,maker,llp,85423190,100000,KZ", "s2,2023-02-01,llp,ru,8542319000,120000,RU",
                        "s3,2023-01-10,maker,cafe,09012100,5000,KZ", "s4,2023-02-01,cafe,ru,09012100,6000,RU",
                        "s5,2023-01-10,maker,own,85423190,100000,KZ", "s6,2023-02-01,own,de,85423190,1000,DE"),
                List.of());

        var raised = flag("llp", "chpl-to-russia");
        assertThat(raised.get("raised").asBoolean()).isTrue();
        var evidence = raised.get("evidence");
        assertThat(evidence.get("chplImports").asInt()).isEqualTo(1);
        assertThat(evidence.get("chplExportsToRussia").asInt()).isEqualTo(1);
        assertThat(evidence.get("importsShown").get(0).get("chplTier").asString()).isEqualTo("1");
        assertThat(evidence.get("exportsShown").get(0).get("counterparty").get("id").asString()).isEqualTo("ru");
        assertThat(texts(raised.get("sources"))).containsExactly("t:s1", "t:s2");
        assertThat(flag("cafe", "chpl-to-russia").get("raised").asBoolean()).isFalse();
        assertThat(flag("own", "chpl-to-russia").get("raised").asBoolean()).isFalse();
    }

    @Test
    void highPriorityTradeThatAppearsFromNothingOrTriplesIsASharpRise() {
        load(List.of("maker,company,Maker GmbH,DE,,", "fresh,company,Fresh LLP,KZ,,", "steady,company,Steady LLP,KZ,,",
                "riser,company,Riser LLP,KZ,,"),
                List.of(),
                List.of("f1,2023-03-01,maker,fresh,85423190,200000,KZ",
                        "t1,2021-05-01,maker,steady,85423190,100000,KZ", "t2,2022-05-01,maker,steady,85423190,100000,KZ",
                        "t3,2023-05-01,maker,steady,85423190,120000,KZ",
                        "u1,2021-05-01,maker,riser,85423190,100000,KZ", "u2,2023-05-01,maker,riser,85423190,400000,KZ"),
                List.of());

        var fresh = flag("fresh", "chpl-trade-surge");
        assertThat(fresh.get("raised").asBoolean()).isTrue();
        assertThat(fresh.get("evidence").get("years").get(0).get("fromNothing").asBoolean()).isTrue();
        assertThat(texts(fresh.get("sources"))).containsExactly("t:f1");
        assertThat(flag("steady", "chpl-trade-surge").get("raised").asBoolean()).isFalse();
        var riser = flag("riser", "chpl-trade-surge");
        assertThat(riser.get("raised").asBoolean()).isTrue();
        // 100,000 over the 419 days before the invasion is 87,172 a year; 400,000 is 4.59 times that
        assertThat(riser.get("evidence").get("baseline").get("yearlyAverageUsd").asDouble()).isEqualTo(87171.84);
        assertThat(riser.get("evidence").get("years").get(0).get("factor").asDouble()).isEqualTo(4.59);
        assertThat(texts(riser.get("evidence").get("sharpRiseYears"))).containsExactly("2023");
    }

    @Test
    void russianOwnersDirectlyOrThroughAHoldingRaiseTheFlag() {
        load(List.of("llp,company,Owned LLP,KZ,,", "ivan,person,Ivan,RU,,RU", "holding,company,Holding Ltd,CY,,",
                "olga,person,Olga,,,RU", "clean,company,Clean LLP,KZ,,", "aidar,person,Aidar,KZ,,KZ",
                "ooo,company,OOO Domestic,RU,,"),
                List.of("o1,ivan,llp,OWNS,30,,,", "o2,holding,llp,OWNS,70,,,", "o3,olga,holding,OWNS,50,,,",
                        "o4,aidar,clean,OWNS,100,,,", "o5,ivan,ooo,OWNS,100,,,"),
                List.of(), List.of());

        var raised = flag("llp", "russian-owners");
        assertThat(raised.get("raised").asBoolean()).isTrue();
        var owners = raised.get("evidence").get("owners");
        assertThat(owners.get(0).get("owner").get("id").asString()).isEqualTo("olga");
        assertThat(owners.get(0).get("effectiveShareMin").asDouble()).isEqualTo(35.0);
        assertThat(owners.get(0).get("paths").get(0).get("via").get(0).get("id").asString()).isEqualTo("holding");
        assertThat(owners.get(1).get("owner").get("id").asString()).isEqualTo("ivan");
        assertThat(owners.get(1).get("effectiveShareMin").asDouble()).isEqualTo(30.0);
        assertThat(texts(raised.get("sources"))).containsExactlyInAnyOrder("t:o1", "t:o2", "t:o3");
        assertThat(flag("clean", "russian-owners").get("raised").asBoolean()).isFalse();
        var domestic = flag("ooo", "russian-owners");
        assertThat(domestic.get("raised").asBoolean()).isFalse();
        assertThat(domestic.get("assessable").asBoolean()).isFalse();
    }

    @Test
    void aFreightForwarderAsConsigneeIsRecognisedByNameActivityOrConfiguration() {
        load(List.of("seller,company,Seller Ltd,HK,,", "araks,company,Araks Freight Forwarding LLC,AM,,",
                "coded,company,Ararat Trade LLC,AM,,", "known,company,Known Trade,AM,,",
                "plain,company,Plain Seller,HK,,", "buyer,company,Buyer LLC,AM,,",
                "seller2,company,Second Seller,HK,,", "seller3,company,Third Seller,HK,,",
                "known-forwarder,company,Ordinary Name LLC,AM,,"),
                List.of(),
                List.of("s1,2023-05-01,seller,araks,85423190,1000,AM", "s2,2023-05-01,plain,buyer,85423190,1000,AM",
                        "s3,2023-05-01,seller2,coded,85423190,1000,AM",
                        "s4,2023-05-01,seller3,known-forwarder,85423190,1000,AM"),
                List.of());
        graph.write(tx -> tx.run("MATCH (c:Entity {id: 'coded'}) SET c.activityCode = '52.29'").consume());

        var byName = flag("seller", "logistics-consignee");
        assertThat(byName.get("raised").asBoolean()).isTrue();
        var consignee = byName.get("evidence").get("consignees").get(0);
        assertThat(consignee.get("consignee").get("id").asString()).isEqualTo("araks");
        assertThat(texts(consignee.get("matchedWords"))).contains("freight", "forwarding");
        assertThat(texts(byName.get("sources"))).contains("t:s1", "t:araks");
        var byCode = flag("seller2", "logistics-consignee");
        assertThat(texts(byCode.get("evidence").get("consignees").get(0).get("matchedActivityCodes")))
                .containsExactly("5229");
        assertThat(flag("seller3", "logistics-consignee").get("raised").asBoolean()).isTrue();
        assertThat(flag("plain", "logistics-consignee").get("raised").asBoolean()).isFalse();
    }

    @Test
    void electronicsTradedByAFoodWholesalerAreOutsideItsActivity() {
        load(List.of("maker,company,Maker GmbH,DE,,", "food,company,Food Trade LLP,KZ,,",
                "chips,company,Chip Trade LLP,KZ,,", "unknown,company,Unknown LLP,KZ,,"),
                List.of(),
                List.of("s1,2023-01-10,maker,food,85423190,100000,KZ", "s2,2023-01-10,maker,food,09012100,5000,KZ",
                        "s3,2023-01-10,maker,chips,85423190,100000,KZ", "s4,2023-01-10,maker,unknown,85423190,1,KZ"),
                List.of());
        graph.write(tx -> tx.run("""
                MATCH (food:Entity {id: 'food'}), (chips:Entity {id: 'chips'})
                SET food.activityCode = '46.31.0', food.activityName = 'Wholesale of fruit and vegetables',
                    chips.activityCode = '46521', chips.activityName = 'Wholesale of electronic parts'
                """).consume());

        var raised = flag("food", "goods-outside-activity");
        assertThat(raised.get("raised").asBoolean()).isTrue();
        assertThat(raised.get("evidence").get("matchedActivityPrefix").asString()).isEqualTo("463");
        var outside = raised.get("evidence").get("chaptersOutsideActivity");
        assertThat(outside).hasSize(1);
        assertThat(outside.get(0).get("chapter").asString()).isEqualTo("85");
        assertThat(texts(raised.get("sources"))).containsExactly("t:food", "t:s1");
        assertThat(flag("chips", "goods-outside-activity").get("raised").asBoolean()).isFalse();
        var unknown = flag("unknown", "goods-outside-activity");
        assertThat(unknown.get("assessable").asBoolean()).isFalse();
        assertThat(unknown.get("note").asString()).isEqualTo("no registered activity known");
    }

    @Test
    void tradeWithAListedPartyRaisesTheFlagWhileTheListingIsInForce() {
        load(List.of("seller,company,Seller Ltd,HK,,", "listed,company,OOO Listed,RU,,", "gone,company,OOO Gone,RU,,",
                "other,company,Other Seller,HK,,"),
                List.of(),
                List.of("s1,2023-05-01,seller,listed,85423190,1000,RU", "s2,2023-05-01,other,gone,85423190,1000,RU"),
                List.of("listed,OFAC,RUSSIA-EO14024,2023-11-02,", "gone,EU,RUS-269/2014,2022-03-01,2023-09-13"));

        var raised = flag("seller", "designated-counterparty");
        assertThat(raised.get("raised").asBoolean()).isTrue();
        var counterparty = raised.get("evidence").get("counterparties").get(0);
        assertThat(counterparty.get("party").get("id").asString()).isEqualTo("listed");
        assertThat(counterparty.get("role").asString()).isEqualTo("consignee");
        assertThat(counterparty.get("listings").get(0).get("program").asString()).isEqualTo("RUSSIA-EO14024");
        assertThat(texts(raised.get("sources"))).contains("t:s1");
        assertThat(flag("other", "designated-counterparty").get("raised").asBoolean()).isFalse();
    }

    @Test
    void theScoreIsTheSumOfTheRaisedFlagsWeights() {
        load(List.of("maker,company,Maker GmbH,DE,,", "llp,company,Cut-out LLP,KZ,2022-06-14,",
                "ru,company,OOO Buyer,RU,,"),
                List.of(),
                List.of("s1,2023-01-10,maker,llp,85423190,100000,KZ", "s2,2023-02-01,llp,ru,8542319000,120000,RU"),
                List.of());

        var report = json("/api/entities/llp/red-flags");

        // incorporated-after-invasion 1 + chpl-to-russia 5 (configured) + chpl-trade-surge 2 + transshipment 0.5
        assertThat(texts(report.get("raised"))).containsExactly("incorporated-after-invasion", "chpl-to-russia",
                "chpl-trade-surge", "transshipment-country");
        assertThat(report.get("score").asDouble()).isEqualTo(8.5);
        assertThat(report.get("components").get(1).get("flag").asString()).isEqualTo("chpl-to-russia");
        assertThat(report.get("components").get(1).get("weight").asDouble()).isEqualTo(5.0);
        assertThat(report.get("flags")).hasSize(RedFlag.values().length);
        assertThat(report.get("entity").get("name").asString()).isEqualTo("Cut-out LLP");
    }

    @Test
    void theRankingOrdersACountrysCompaniesByScore() {
        load(List.of("maker,company,Maker GmbH,DE,,", "top,company,Top LLP,KZ,2022-06-14,",
                "mid,company,Mid LLP,KZ,2023-01-01,", "low,company,Low LLP,KZ,2015-01-01,",
                "ru,company,OOO Buyer,RU,,", "de,company,Kunde GmbH,DE,2023-01-01,"),
                List.of(),
                List.of("s1,2023-01-10,maker,top,85423190,100000,KZ", "s2,2023-02-01,top,ru,8542319000,120000,RU"),
                List.of());

        var ranking = json("/api/red-flags?country=kz");

        assertThat(ranking.get("country").asString()).isEqualTo("KZ");
        assertThat(ranking.get("companiesAssessed").asInt()).isEqualTo(3);
        var companies = ranking.get("companies");
        assertThat(companies).hasSize(3);
        assertThat(companies.get(0).get("id").asString()).isEqualTo("top");
        assertThat(companies.get(0).get("score").asDouble()).isEqualTo(8.5);
        assertThat(texts(companies.get(0).get("flags"))).contains("chpl-to-russia");
        assertThat(companies.get(1).get("id").asString()).isEqualTo("mid");
        assertThat(companies.get(1).get("score").asDouble()).isEqualTo(1.5);
        assertThat(companies.get(2).get("id").asString()).isEqualTo("low");
        assertThat(companies.get(2).get("rank").asInt()).isEqualTo(3);

        assertThat(ids(json("/api/red-flags?country=KZ&limit=1").get("companies"))).containsExactly("top");
        var above = json("/api/red-flags?country=KZ&minScore=1");
        assertThat(ids(above.get("companies"))).containsExactly("top", "mid");
        assertThat(above.get("matching").asInt()).isEqualTo(2);
    }

    @Test
    void badParametersAre400AndAnUnknownIdIs404() {
        var api = new ApiClient(port);
        for (var path : List.of("/api/red-flags?country=XX", "/api/red-flags", "/api/red-flags?country=KZ&limit=0",
                "/api/red-flags?country=KZ&limit=100000", "/api/red-flags?country=KZ&minScore=-1",
                "/api/red-flags?country=KZ&minScore=abc", "/api/entities/x/red-flags?asOf=yesterday")) {
            var response = api.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).contains("application/problem+json"));
        }
        var missing = api.get("/api/entities/nobody/red-flags");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(missing).get("detail").asString()).contains("nobody");
    }

    private static List<String> ids(JsonNode companies) {
        var ids = new ArrayList<String>();
        companies.forEach(c -> ids.add(c.get("id").asString()));
        return ids;
    }
}
