package io.ownerscope.ownership;

import static io.ownerscope.testing.TestGraphs.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.ownerscope.graph.Graph;
import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Owners, holdings and designations over HTTP, on graphs loaded through the CSV loader. */
class OwnershipApiIT extends RunningService {

    @Autowired
    Graph graph;

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(driver);
    }

    /** The Finnish state-owned company pattern, with an ended stake and a controlling state behind the ministry. */
    private void stateOwnedCase() {
        loader.load(List.of(
                Csv.file("entities.csv", "id,type,name,country",
                        "gasgrid,company,Gasgrid Finland Oy,FI",
                        "kaasuverkko,company,Suomen Kaasuverkko Oy,FI",
                        "ministry,organization,Valtiovarainministeriö,FI",
                        "republic,organization,Suomen tasavalta,FI",
                        "fund,company,Old Fund Oy,FI"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share,interest_type,start_date,end_date",
                        "r1,kaasuverkko,gasgrid,OWNS,76.5,shareholding,2020-01-01,",
                        "r2,ministry,kaasuverkko,OWNS,100,shareholding,2020-01-01,",
                        "r3,ministry,gasgrid,OWNS,23.5,shareholding,2021-01-01,",
                        "r4,fund,gasgrid,OWNS,23.5,shareholding,2020-01-01,2020-12-31",
                        "r5,republic,ministry,CONTROLS,,controlByLegalFramework,,")), "fi", "test");
    }

    @Test
    void ownersAreSummedOverChainsWithPathsSourcesAndControllers() throws Exception {
        stateOwnedCase();

        var answer = json("/api/entities/gasgrid/owners?asOf=2024-01-01");

        var owners = answer.get("owners");
        assertThat(ids(owners)).containsExactly("ministry", "kaasuverkko");
        var ministry = owners.get(0);
        assertThat(ministry.get("effectiveShare").asDouble()).isEqualTo(100.0);
        assertThat(ministry.get("ultimate").asBoolean()).isTrue();
        assertThat(ministry.get("pathCount").asInt()).isEqualTo(2);
        var chain = ministry.get("paths").get(0);
        assertThat(chain.get("share").asDouble()).isEqualTo(76.5);
        assertThat(chain.get("hops").get(0).get("owner").get("id").asString()).isEqualTo("ministry");
        assertThat(chain.get("hops").get(0).get("sources").get(0).get("recordId").asString()).isEqualTo("r2");
        var controller = answer.get("controllers").get(0);
        assertThat(controller.get("controller").get("id").asString()).isEqualTo("republic");
        assertThat(controller.get("controlled").get("id").asString()).isEqualTo("ministry");
    }

    @Test
    void onlyLinksValidOnTheDateCount() throws Exception {
        stateOwnedCase();

        var in2020 = json("/api/entities/gasgrid/owners?asOf=2020-06-01&threshold=10").get("owners");

        assertThat(ids(in2020)).containsExactlyInAnyOrder("kaasuverkko", "ministry", "fund");
        var shares = new java.util.ArrayList<Double>();
        in2020.forEach(owner -> shares.add(owner.get("effectiveShare").asDouble()));
        assertThat(shares).containsExactlyInAnyOrder(76.5, 76.5, 23.5);
    }

    @Test
    void thresholdAndUltimateFilterOwners() throws Exception {
        stateOwnedCase();

        assertThat(ids(json("/api/entities/gasgrid/owners?ultimate=true").get("owners")))
                .containsExactly("ministry");
        assertThat(ids(json("/api/entities/gasgrid/owners?threshold=80").get("owners")))
                .containsExactly("ministry");
    }

    @Test
    void anEmptyOwnersAnswerNamesTheLargestShareBelowTheThreshold() throws Exception {
        loader.load(List.of(
                Csv.file("entities.csv", "id,type,name,country",
                        "company,company,Company Ltd,CY", "anna,person,Anna,CY", "boris,person,Boris,CY"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share,interest_type",
                        "r1,anna,company,OWNS,23.68,shareholding", "r2,boris,company,OWNS,10,shareholding")),
                "case", "test");

        var owners = json("/api/entities/company/owners?ultimate=true");

        assertThat(owners.get("owners")).isEmpty();
        assertThat(owners.get("largestBelowThreshold").get("id").asString()).isEqualTo("anna");
        assertThat(owners.get("largestBelowThreshold").get("name").asString()).isEqualTo("Anna");
        assertThat(owners.get("largestBelowThreshold").get("share").asDouble()).isEqualTo(23.68);
        var lowered = json("/api/entities/company/owners?ultimate=true&threshold=20");
        assertThat(ids(lowered.get("owners"))).containsExactly("anna");
        assertThat(lowered.path("largestBelowThreshold").isMissingNode()
                || lowered.path("largestBelowThreshold").isNull()).isTrue();
    }

    @Test
    void aDesignationEndedByADelistingSaysSinceWhenAndWhy() throws Exception {
        sanctionedCase();

        var other = json("/api/entities/other/designation?regime=OFAC&asOf=2024-06-01");

        assertThat(other.get("designated").asBoolean()).isFalse();
        assertThat(other.get("formerly").get("until").asString()).isEqualTo("2024-01-01");
        assertThat(other.get("formerly").get("because").asString())
                .startsWith("the OFAC RUSSIA-EO14024 listing of Boss ended on 2024-01-01; on 2023-12-31, Other is "
                        + "designated under OFAC without being listed: Boss (listed) holds 60%");
        var before = json("/api/entities/other/designation?regime=OFAC&asOf=2023-06-01");
        assertThat(before.path("formerly").isMissingNode() || before.path("formerly").isNull()).isTrue();
    }

    @Test
    void aDelistingStatedOnTheSanctionsRecordOfARegistryShareholderEndsWhatItsRecordHeld() throws Exception {
        loader.load(List.of(
                Csv.file("entities.csv", "id,type,name,country,inn", "boss-listed,company,Boss JSC,RU,7707083893"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on,delisted_on",
                        "boss-listed,OFAC,RUSSIA-EO14024,2022-03-01,2024-01-01")), "sanctions", "test");
        loader.load(List.of(
                Csv.file("entities.csv", "id,type,name,country,inn",
                        "boss-registry,company,Boss JSC,RU,7707083893", "company,company,Company Ltd,CY,"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share,interest_type",
                        "r1,boss-registry,company,OWNS,60,shareholding")), "registry", "test");

        var during = json("/api/entities/company/designation?regime=OFAC&asOf=2023-06-01");
        assertThat(during.get("designated").asBoolean()).as(during.toString()).isTrue();

        var company = json("/api/entities/company/designation?regime=OFAC&asOf=2024-06-01");

        assertThat(company.get("designated").asBoolean()).isFalse();
        assertThat(company.get("formerly").get("until").asString()).isEqualTo("2024-01-01");
        assertThat(company.get("formerly").get("because").asString())
                .startsWith("the OFAC RUSSIA-EO14024 listing of Boss JSC ended on 2024-01-01; on 2023-12-31, ");
    }

    @Test
    void aDesignationEndedByAnEndedStakeSaysSinceWhenAndWhy() throws Exception {
        loader.load(List.of(
                Csv.file("entities.csv", "id,type,name,country",
                        "listed,company,Listed Ltd,RU", "company,company,Company Ltd,CY"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share,interest_type,start_date,end_date",
                        "r1,listed,company,OWNS,60,shareholding,2020-01-01,2023-12-31"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on,delisted_on",
                        "listed,OFAC,RUSSIA-EO14024,2022-03-01,")), "case", "test");

        var company = json("/api/entities/company/designation?regime=OFAC&asOf=2024-06-01");

        assertThat(company.get("designated").asBoolean()).isFalse();
        assertThat(company.get("formerly").get("until").asString()).isEqualTo("2023-12-31");
        assertThat(company.get("formerly").get("because").asString())
                .startsWith("the 60.0% stake of Listed Ltd in Company Ltd ended on 2023-12-31; on 2023-12-31, ")
                .contains("Listed Ltd (listed) holds 60%");
    }

    @Test
    void holdingsLookDownstream() throws Exception {
        stateOwnedCase();

        var holdings = json("/api/entities/ministry/holdings").get("holdings");

        assertThat(ids(holdings)).containsExactly("gasgrid", "kaasuverkko");
        assertThat(holdings.get(0).get("effectiveShare").asDouble()).isEqualTo(100.0);
    }

    private void sanctionedCase() {
        loader.load(List.of(
                Csv.file("entities.csv", "id,type,name,country",
                        "maker,company,AO Maker,RU", "boss,person,Boss,RU", "holding,company,Holding Ltd,CY",
                        "consignee,company,OOO Consignee,RU", "other,company,Other,RU"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share,interest_type",
                        "h1,maker,holding,OWNS,40,shareholding", "h2,boss,holding,OWNS,15,shareholding",
                        "h3,holding,consignee,OWNS,80,shareholding", "h4,maker,holding,CONTROLS,,appointmentOfBoard",
                        "h5,boss,other,OWNS,60,shareholding"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on,delisted_on",
                        "maker,OFAC,RUSSIA-EO14024,2022-03-01,", "maker,EU,RUS-269/2014,2022-03-01,",
                        "maker,UK,RUSSIA,2022-03-01,", "boss,OFAC,RUSSIA-EO14024,2022-03-01,2024-01-01",
                        "boss,EU,RUS-269/2014,2022-03-01,")), "case", "test");
    }

    @Test
    void aDerivedDesignationExplainsItself() throws Exception {
        sanctionedCase();

        var consignee = json("/api/entities/consignee/designation?regime=OFAC&asOf=2023-06-01");

        assertThat(consignee.get("designated").asBoolean()).isTrue();
        assertThat(consignee.get("basis").asString()).isEqualTo("derived");
        assertThat(consignee.get("aggregateShare").asDouble()).isEqualTo(80.0);
        var contribution = consignee.get("contributions").get(0);
        assertThat(contribution.get("owner").get("id").asString()).isEqualTo("holding");
        assertThat(contribution.get("ownerBasis").asString()).isEqualTo("derived");
        assertThat(contribution.get("path").findValuesAsString("id")).contains("maker", "holding", "consignee");
        assertThat(contribution.get("sources").get(0).get("recordId").asString()).isEqualTo("h3");
        assertThat(consignee.get("explanation").asString()).isEqualTo("OOO Consignee is designated under OFAC "
                + "without being listed: Holding Ltd (derived: AO Maker (listed) holds 40%, Boss (listed) holds 15%) "
                + "holds 80%.");
        var nested = contribution.get("ownerContributions");
        assertThat(nested.findValuesAsString("id")).contains("maker", "boss");
        var maker = nested.get(0);
        assertThat(maker.get("ownerBasis").asString()).isEqualTo("listed");
        assertThat(maker.get("ownerListings").get(0).get("authority").asString()).isEqualTo("OFAC");
        assertThat(maker.get("ownerListings").get(0).get("program").asString()).isEqualTo("RUSSIA-EO14024");
        assertThat(maker.get("ownerListings").get(0).get("listedOn").asString()).isEqualTo("2022-03-01");
        assertThat(maker.get("ownerContributions")).isEmpty();
        var holding = json("/api/entities/holding/designation?regime=OFAC&asOf=2023-06-01");
        assertThat(holding.get("aggregateShare").asDouble()).isEqualTo(55.0);
    }

    @Test
    void delistingsAreRespected() throws Exception {
        sanctionedCase();

        var after = json("/api/entities/holding/designation?regime=OFAC&asOf=2024-06-01");

        assertThat(after.get("designated").asBoolean()).isFalse();
        assertThat(after.get("aggregateShare").asDouble()).isEqualTo(40.0);
        assertThat(json("/api/entities/boss/designation?regime=OFAC&asOf=2024-06-01").get("basis").asString())
                .isEqualTo("none");
        assertThat(json("/api/entities/boss/designation?regime=OFAC&asOf=2023-06-01").get("basis").asString())
                .isEqualTo("listed");
    }

    @Test
    void theUkRuleDoesNotAddUpDifferentPersonsButCountsControl() throws Exception {
        sanctionedCase();

        var holding = json("/api/entities/holding/designation?regime=UK&asOf=2025-01-01");

        assertThat(holding.get("basis").asString()).isEqualTo("derived");
        assertThat(holding.get("contributions").findValuesAsString("type")).contains("CONTROLS");
        assertThat(json("/api/entities/other/designation?regime=UK&asOf=2025-01-01").get("basis").asString())
                .as("60% held by a person not listed in the UK").isEqualTo("none");
    }

    @Test
    void loadsMarkDerivedDesignationsInTheGraphAndTheMarksAgreeWithTheOnDemandAnswer() throws Exception {
        sanctionedCase();

        var marked = query(graph, """
                MATCH (d:Designation {regime: 'EU'})-[:DESIGNATES]->(e)
                RETURN e.id AS id, d.basis AS basis ORDER BY id""");

        assertThat(marked).extracting(r -> r.get("id").asString() + ":" + r.get("basis").asString())
                .containsExactly("boss:listed", "consignee:derived", "holding:derived", "maker:listed",
                        "other:derived");
        for (var id : List.of("boss", "consignee", "holding", "maker", "other")) {
            assertThat(json("/api/entities/" + id + "/designation?regime=EU").get("designated").asBoolean())
                    .as(id).isTrue();
        }
    }

    @Test
    void recomputeOnDemandReportsWhatItMarked() throws Exception {
        sanctionedCase();

        var response = new ApiClient(port).post("/api/designations/recompute?regime=OFAC&asOf=2023-06-01", null,
                "application/json");

        var counts = ApiClient.json(response).get(0);
        assertThat(counts.get("listed").asLong()).isEqualTo(2);
        assertThat(counts.get("derived").asLong()).isEqualTo(3);
    }

    @Test
    void theDemoChainIsDesignatedUnderEveryRegime() throws Exception {
        loader.load(Csv.classpath("demo"), "demo", "test");

        for (var regime : List.of("OFAC", "EU", "UK")) {
            var consignee = json("/api/entities/co-ru-nordlait-komponent/designation?regime=" + regime);
            assertThat(consignee.get("basis").asString()).as(regime).isEqualTo("derived");
            var peristera = consignee.get("contributions").get(0);
            assertThat(peristera.get("owner").get("id").asString()).as(regime)
                    .isEqualTo("co-cy-peristera-investments");
            assertThat(peristera.get("ownerBasis").asString()).as(regime).isEqualTo("derived");
            assertThat(peristera.get("ownerContributions")).as(regime).isNotEmpty();
            assertThat(peristera.get("ownerContributions").findValuesAsString("ownerBasis")).as(regime)
                    .contains("listed");
            assertThat(consignee.get("explanation").asString()).as(regime)
                    .contains("Peristera Investments Ltd (derived: AO NPO Strezhen (listed) ")
                    .contains(" holds 40%").endsWith(") holds 80%.");
        }
        var owners = json("/api/entities/co-ru-nordlait-komponent/owners").get("owners");
        assertThat(ids(owners)).contains("co-cy-peristera-investments", "co-ru-npo-strezhen");
    }

    @Test
    void theFinnishStateOwnedCompanyInTheBodsExampleDataIsOwnedWhollyByTheMinistry() throws Exception {
        var file = Path.of(getClass().getResource("/bods/bods-package-fi-soe.json").toURI());

        var report = loader.load("bods", io.ownerscope.loading.LoadInput.of(file, "bods-fi-soe"));

        assertThat(report.rejects()).isEmpty();
        var owners = json("/api/entities/19f1c5afe9d7/owners").get("owners");
        var ministry = owners.get(0);
        assertThat(ministry.get("name").asString()).isEqualTo("Valtiovarainministerio");
        assertThat(ministry.get("effectiveShare").asDouble()).as("76.5% through Kaasuverkko + 23.5% directly")
                .isEqualTo(100.0);
        assertThat(ministry.get("pathCount").asInt()).isEqualTo(2);
        assertThat(ids(owners)).as("the declared indirect interest of the Republic is not counted again")
                .containsExactly("7ff95ba3682c", "0199c515a699");
        var controller = json("/api/entities/19f1c5afe9d7/owners").get("controllers").get(0);
        assertThat(controller.get("controller").get("name").asString()).isEqualTo("Suomen tasavalta");
        assertThat(controller.get("controlled").get("id").asString()).isEqualTo("7ff95ba3682c");
    }

    @Test
    void oneHoldingStatedByTwoSourcesCountsOnceAtTheExactShareCitingBoth() throws Exception {
        var file = dir.resolve("export.ftm.jsonl");
        Files.writeString(file, """
                {"id":"drone-maker","schema":"Company","properties":{"name":["Drone Maker LLC"],"country":["ru"]}}
                {"id":"arms-concern","schema":"Company","properties":{"name":["Arms Concern JSC"],"country":["ru"]}}
                {"id":"own-registry","schema":"Ownership","datasets":["ru_registry"],"properties":{"owner":["arms-concern"],"asset":["drone-maker"],"percentage":["49"],"startDate":["2016-03-29"]}}
                {"id":"own-sanctions","schema":"Ownership","datasets":["gb_sanctions","ua_sanctions"],"properties":{"owner":["arms-concern"],"asset":["drone-maker"],"role":["subsidiary of"]}}
                """);
        loader.load("ftm", io.ownerscope.loading.LoadInput.of(file, "export"));

        var owner = json("/api/entities/drone-maker/owners").get("owners").get(0);

        assertThat(owner.get("id").asString()).isEqualTo("arms-concern");
        assertThat(owner.get("effectiveShare").asDouble()).isEqualTo(49.0);
        var sources = owner.get("paths").get(0).get("hops").get(0).get("sources");
        assertThat(sources).hasSize(2);
        assertThat(sources.get(0).get("recordId").asString()).isEqualTo("own-registry");
        assertThat(sources.get(0).get("share").asDouble()).isEqualTo(49.0);
        assertThat(sources.get(1).get("recordId").asString()).isEqualTo("own-sanctions");
        assertThat(sources.get(1).get("statedBy").get(0).asString()).isEqualTo("gb_sanctions");
    }

    @Test
    void badParametersAre4xxProblemDetails() throws Exception {
        stateOwnedCase();
        for (var path : List.of("/api/entities/gasgrid/owners?threshold=101", "/api/entities/gasgrid/owners?asOf=2024-13-01",
                "/api/entities/gasgrid/owners?threshold=abc", "/api/entities/gasgrid/designation?regime=XX",
                "/api/entities/gasgrid/designation", "/api/entities/gasgrid/holdings?asOf=yesterday")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
        }
        assertThat(get("/api/entities/nobody/owners").statusCode()).isEqualTo(404);
        assertThat(get("/api/entities/nobody/designation?regime=OFAC").statusCode()).isEqualTo(404);
    }

    private static List<String> ids(JsonNode stakes) {
        var ids = new java.util.ArrayList<String>();
        stakes.forEach(stake -> ids.add(stake.get("id").asString()));
        return ids;
    }
}
