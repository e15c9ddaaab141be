package io.ownerscope.identity;

import static io.ownerscope.testing.TestGraphs.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
import tools.jackson.databind.JsonNode;

/** Records of different sources that state the same strong identifier are one party to every analysis. */
class IdentityLinksIT extends RunningService {

    private static final String SBERBANK_INN = "7707083893";

    @Autowired
    IdentityLinks identity;

    Graph graph;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(driver);
    }

    /** A sanctions-list record, and a registry record of a shareholder owning 60% of a company. */
    private void listedRecordAndRegistryShareholder(String listedInn, String registryInn, String registryName) {
        loader.load(List.of(
                Csv.file("entities.csv", "id,type,name,country,inn",
                        "ofac-1,company,AO Maker,RU," + listedInn),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on,delisted_on",
                        "ofac-1,OFAC,RUSSIA-EO14024,2022-03-01,")), "ofac-list", "test");
        loader.load(List.of(
                Csv.file("entities.csv", "id,type,name,country,inn",
                        "reg-maker," + "company," + registryName + ",RU," + registryInn,
                        "target,company,Target Trading Ltd,CY,"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share,interest_type",
                        "o1,reg-maker,target,OWNS,60,shareholding")), "ru-registry", "test");
    }

    @Test
    void aCompanyOwnedByTheRegistryRecordOfAListedEntityIsDesignatedThroughTheIdentityLink() {
        listedRecordAndRegistryShareholder(SBERBANK_INN, "77 0708-3893", "Maker JSC");

        var links = query(graph, """
                MATCH (a)-[r:SAME_AS]->(b)
                RETURN a.id AS fromId, b.id AS toId, r.scheme AS scheme, r.value AS value, r.dataset AS dataset""");
        assertThat(links).extracting(r -> r.get("fromId").asString() + "->" + r.get("toId").asString() + " "
                + r.get("scheme").asString() + ":" + r.get("value").asString() + " " + r.get("dataset").asString())
                .containsExactly("ofac-1->reg-maker inn:7707083893 identity");

        var target = json("/api/entities/target/designation?regime=OFAC");
        assertThat(target.get("basis").asString()).isEqualTo("derived");
        assertThat(target.get("aggregateShare").asDouble()).isEqualTo(60.0);
        var owner = target.get("contributions").get(0).get("owner");
        assertThat(strings(owner.get("members"))).containsExactly("ofac-1", "reg-maker");
        assertThat(target.get("contributions").get(0).get("ownerBasis").asString()).isEqualTo("listed");
        var evidence = target.get("identityLinks").get(0);
        assertThat(evidence.get("scheme").asString()).isEqualTo("inn");
        assertThat(evidence.get("value").asString()).isEqualTo(SBERBANK_INN);
        assertThat(evidence.get("from").get("id").asString()).isEqualTo("ofac-1");
        assertThat(evidence.get("from").get("dataset").asString()).isEqualTo("ofac-list");
        assertThat(evidence.get("to").get("id").asString()).isEqualTo("reg-maker");
        assertThat(evidence.get("to").get("dataset").asString()).isEqualTo("ru-registry");
        assertThat(evidence.get("sources").get(0).get("dataset").asString()).isEqualTo("identity");

        var marked = query(graph, """
                MATCH (d:Designation {regime: 'OFAC'})-[:DESIGNATES]->(e)
                RETURN e.id AS id, d.basis AS basis ORDER BY id""");
        assertThat(marked).extracting(r -> r.get("id").asString() + ":" + r.get("basis").asString())
                .as("every record of the listed party is marked, and the company it owns")
                .containsExactly("ofac-1:listed", "reg-maker:listed", "target:derived");
    }

    @Test
    void eachRecordKeepsItsIdAndShowsTheOthers() {
        listedRecordAndRegistryShareholder(SBERBANK_INN, SBERBANK_INN, "Maker JSC");

        var registry = json("/api/entities/reg-maker");
        assertThat(registry.get("id").asString()).isEqualTo("reg-maker");
        assertThat(registry.get("sources").get(0).get("dataset").asString()).isEqualTo("ru-registry");
        var sameAs = registry.get("sameAs").get(0);
        assertThat(sameAs.get("scheme").asString()).isEqualTo("inn");
        assertThat(sameAs.get("value").asString()).isEqualTo(SBERBANK_INN);
        assertThat(sameAs.get("other").get("id").asString()).isEqualTo("ofac-1");
        assertThat(sameAs.get("other").get("sources").get(0).get("dataset").asString()).isEqualTo("ofac-list");
        assertThat(sameAs.get("sources").get(0).get("dataset").asString()).isEqualTo("identity");
        assertThat(json("/api/entities/ofac-1").get("sameAs").get(0).get("other").get("id").asString())
                .isEqualTo("reg-maker");

        assertThat(json("/api/entities/reg-maker/designation?regime=OFAC").get("explanation").asString())
                .isEqualTo("Maker JSC is listed under OFAC: OFAC RUSSIA-EO14024 since 2022-03-01 (listing of record "
                        + "ofac-1, the same entity).");

        var owners = json("/api/entities/target/owners");
        assertThat(strings(owners.get("owners").get(0).get("members"))).containsExactly("ofac-1", "reg-maker");
        assertThat(owners.get("identityLinks")).hasSize(1);
    }

    @Test
    void aSharedNameAloneLinksNothing() {
        listedRecordAndRegistryShareholder("", "", "AO Maker");

        assertThat(sameAsCount()).isZero();
        assertThat(json("/api/entities/target/designation?regime=OFAC").get("basis").asString()).isEqualTo("none");
        assertThat(json("/api/entities/reg-maker").has("sameAs")).as("no empty list").isFalse();
    }

    @Test
    void anInnWithAWrongCheckDigitLinksNothing() {
        listedRecordAndRegistryShareholder("7707083894", "7707083894", "Maker JSC");

        assertThat(sameAsCount()).isZero();
        assertThat(identity.relinkAll().malformed()).isEqualTo(2);
        assertThat(json("/api/entities/target/designation?regime=OFAC").get("basis").asString()).isEqualTo("none");
    }

    @Test
    void aPlaceholderStatedByTooManyRecordsIsReportedAndNotLinked() {
        var rows = new ArrayList<String>();
        rows.add("id,type,name,country,inn");
        for (int i = 0; i < 11; i++) {
            rows.add("filler-" + i + ",company,Filler " + i + ",RU,0000000000");
        }
        rows.add("pair-a,company,Pair A,KZ,");
        loader.load(List.of(Csv.file("entities.csv", rows.toArray(String[]::new))),
                "registry", "test");

        var response = new ApiClient(port).post("/api/identity/recompute", null, "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        var counts = ApiClient.json(response);
        assertThat(counts.get("links").asLong()).isZero();
        var placeholder = counts.get("overShared").get(0);
        assertThat(placeholder.get("scheme").asString()).isEqualTo("inn");
        assertThat(placeholder.get("value").asString()).isEqualTo("0000000000");
        assertThat(placeholder.get("records").asInt()).isEqualTo(11);
        assertThat(sameAsCount()).isZero();
    }

    @Test
    void aRelinkChangesNothingAndLinksWhoseIdentifiersNoLongerMatchAreRemoved() {
        listedRecordAndRegistryShareholder(SBERBANK_INN, SBERBANK_INN, "Maker JSC");
        var before = query(graph, "MATCH ()-[r:SAME_AS]->() RETURN properties(r) AS p").getFirst().get("p").asMap();

        var rerun = identity.relinkAll();

        assertThat(rerun.added()).isZero();
        assertThat(rerun.removed()).isZero();
        assertThat(rerun.links()).isEqualTo(1);
        assertThat(query(graph, "MATCH ()-[r:SAME_AS]->() RETURN properties(r) AS p").getFirst().get("p").asMap())
                .isEqualTo(before);

        // the registry now states another (well-formed) INN for its record: the records are no longer one
        loader.load(List.of(Csv.file("entities.csv", "id,type,name,country,inn",
                "reg-maker,company,Maker JSC,RU,7736050003")), "ru-registry", "test");

        assertThat(sameAsCount()).isZero();
        assertThat(json("/api/entities/target/designation?regime=OFAC").get("basis").asString()).isEqualTo("none");
        assertThat(query(graph, "MATCH (:Designation {regime: 'OFAC'})-[:DESIGNATES]->(e) RETURN e.id AS id")
                .stream().map(r -> r.get("id").asString()).toList()).containsExactly("ofac-1");
    }

    @Test
    void identifiersOfEveryStrongSchemeLinkAcrossSources() {
        loader.load(List.of(Csv.file("entities.csv", "id,type,name,country,ogrn,bin,lei,registration_number",
                "a-ogrn,company,A,RU,1027700132195,,,",
                "a-bin,company,B,KZ,,791028302728,,",
                "a-lei,company,C,US,,,HWUPKR0MPOU8FGXBT394,",
                "a-imo,company,Vessel,PA,,,,IMO 9074729")), "one", "test");
        loader.load(List.of(Csv.file("entities.csv", "id,type,name,country,ogrn,bin,lei,registration_number",
                "b-ogrn,company,A2,RU,1027-7001-32195,,,",
                "b-bin,company,B2,KZ,,7910 2830 2728,,",
                "b-lei,company,C2,US,,,hwupkr0mpou8fgxbt394,",
                "b-imo,company,Vessel 2,PA,,,,IMO9074729")), "two", "test");

        var links = query(graph, "MATCH (a)-[r:SAME_AS]->(b) RETURN r.scheme + ':' + a.id + '->' + b.id AS link");

        assertThat(links).extracting(r -> r.get("link").asString()).containsExactlyInAnyOrder(
                "ogrn:a-ogrn->b-ogrn", "bin:a-bin->b-bin", "lei:a-lei->b-lei", "imo:a-imo->b-imo");
    }

    private long sameAsCount() {
        return query(graph, "MATCH ()-[r:SAME_AS]->() RETURN count(r) AS n", Map.of()).getFirst().get("n").asLong();
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
