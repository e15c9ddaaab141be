package io.ownerscope.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.ownerscope.loading.LoadService;
import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * One firm in three sources that share no identifier: a registry (Cyrillic name, INN), a sanctions list (Latin
 * name, listed) and customs records (a Latin name and a country). Resolution suggests them as one entity; an
 * analyst's decision joins them, and the designation follows.
 */
class ResolutionIT extends RunningService {

    @Autowired
    LoadService loads;

    @BeforeEach
    void threeSources() {
        TestGraphs.emptyGraph(driver);
        loads.load(List.of(Csv.file("entities.csv", "id,type,name,country,inn",
                "reg-vector,company,ООО «Вектор Комплект»,RU,7707083893",
                "reg-other,company,ООО «Ромашка»,RU,")), "registry", "test");
        loads.load(List.of(Csv.file("entities.csv", "id,type,name,country",
                        "sdn-vector,company,VEKTOR KOMPLEKT LLC,RU"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on",
                        "sdn-vector,OFAC,RUSSIA-EO14024,2023-05-19")), "sanctions", "test");
        loads.load(List.of(Csv.file("entities.csv", "id,type,name,country",
                "cus-vector,company,VECTOR KOMPLEKT OOO,RU")), "customs", "test");
    }

    private JsonNode post(String path, String body) {
        var response = new ApiClient(port).post(path, body, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private static String pair(JsonNode candidate) {
        return candidate.get("left").get("id").asString() + "|" + candidate.get("right").get("id").asString();
    }

    @Test
    void recordsOfOneFirmInThreeSourcesAreSuggestedWithTheFeaturesThatMadeTheScore() {
        var page = json("/api/resolution/candidates?entity=reg-vector");

        var pairs = page.get("candidates").valueStream().map(ResolutionIT::pair).toList();
        assertThat(pairs).contains("reg-vector|sdn-vector", "cus-vector|reg-vector");
        var first = page.get("candidates").get(0);
        assertThat(first.get("score").asDouble()).isGreaterThanOrEqualTo(0.7);
        assertThat(first.get("explanations").valueStream().map(f -> f.get("name").asString()).toList())
                .contains("name");
        assertThat(json("/api/resolution/candidates?entity=reg-other").get("candidates")).isEmpty();
    }

    @Test
    void aSameDecisionJoinsTheRecordsAndTheDesignationFollows() {
        assertThat(json("/api/entities/reg-vector/designation?regime=OFAC").get("designated").asBoolean()).isFalse();

        var alice = ApiClient.withKey(port, ApiClient.json(new ApiClient(port).post("/api/keys",
                "{\"name\": \"alice\", \"role\": \"analyst\"}", "application/json")).get("key").asString());
        var response = alice.post("/api/resolution/decisions", """
                {"left": "sdn-vector", "right": "reg-vector", "judgement": "same", "note": "same address in Moscow"}""",
                "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var decision = ApiClient.json(response);

        assertThat(decision.get("judgement").asString()).isEqualTo("same");
        assertThat(decision.get("actor").asString()).isEqualTo("alice");
        assertThat(json("/api/resolution/candidates?entity=reg-vector").get("candidates").valueStream()
                .map(ResolutionIT::pair).toList()).doesNotContain("reg-vector|sdn-vector");
        assertThat(json("/api/entities/reg-vector/designation?regime=OFAC").get("designated").asBoolean()).isTrue();
        var sameAs = json("/api/entities/reg-vector").get("sameAs").get(0);
        assertThat(sameAs.get("scheme").asString()).isEqualTo("decision");
        assertThat(sameAs.get("value").asString()).contains("alice", "same address in Moscow");
    }

    @Test
    void differentRemovesThePairForGoodAndUnsureKeepsItMarked() {
        post("/api/resolution/decisions", """
                {"left": "reg-vector", "right": "cus-vector", "judgement": "different"}""");
        post("/api/resolution/decisions", """
                {"left": "reg-vector", "right": "sdn-vector", "judgement": "unsure"}""");
        post("/api/resolution/recompute", null);

        var candidates = json("/api/resolution/candidates?entity=reg-vector").get("candidates");
        assertThat(candidates.valueStream().map(ResolutionIT::pair).toList())
                .containsExactly("reg-vector|sdn-vector");
        assertThat(candidates.get(0).get("judgement").asString()).isEqualTo("unsure");
    }

    @Test
    void aLaterDecisionReplacesTheEarlierWhichIsKept() {
        post("/api/resolution/decisions", """
                {"left": "reg-vector", "right": "sdn-vector", "judgement": "same"}""");
        post("/api/resolution/decisions", """
                {"left": "reg-vector", "right": "sdn-vector", "judgement": "different", "note": "other INN"}""");

        var history = json("/api/resolution/decisions?entity=sdn-vector");
        assertThat(history.valueStream().map(d -> d.get("judgement").asString() + ":" + d.get("current").asBoolean())
                .toList()).containsExactly("different:true", "same:false");
        assertThat(history.get(1).get("actor").asString()).isEqualTo("ownerscope.security.admin-key");
        assertThat(json("/api/entities/reg-vector").has("sameAs")).as("no empty list").isFalse();
    }

    @Test
    void aDecisionOutlivesAReloadOfItsRecords() {
        post("/api/resolution/decisions", """
                {"left": "reg-vector", "right": "sdn-vector", "judgement": "same"}""");
        driver.executableQuery("MATCH (e:Entity {id: 'sdn-vector'}) DETACH DELETE e").execute();

        loads.load(List.of(Csv.file("entities.csv", "id,type,name,country", "sdn-vector,company,VEKTOR KOMPLEKT LLC,RU")),
                "sanctions", "reload");

        assertThat(json("/api/entities/reg-vector").get("sameAs").get(0).get("other").get("id").asString())
                .isEqualTo("sdn-vector");
    }

    @Test
    void aBadDecisionIsRefusedNamingWhatIsAllowed() {
        var client = new ApiClient(port);
        var judgement = client.post("/api/resolution/decisions", """
                {"left": "reg-vector", "right": "sdn-vector", "judgement": "maybe"}""", "application/json");
        var missing = client.post("/api/resolution/decisions", """
                {"left": "reg-vector", "right": "nobody", "judgement": "same"}""", "application/json");

        assertThat(judgement.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(judgement).get("detail").asString()).contains("'maybe'", "same, different or unsure");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void exposureFollowsAJoinAnAnalystDecided() {
        var before = json("/api/entities/cus-vector/exposure?regime=OFAC").get("designated");

        post("/api/resolution/decisions", """
                {"left": "cus-vector", "right": "sdn-vector", "judgement": "same"}""");

        assertThat(before).isEmpty();
        var designated = json("/api/entities/cus-vector/exposure?regime=OFAC").get("designated");
        assertThat(designated.valueStream().map(d -> d.get("party").get("id").asString()).toList())
                .contains("sdn-vector");
    }
}
