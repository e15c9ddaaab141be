package io.ownerscope.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Screening on the smallest watchlist that shows each case: Cyrillic, Kazakh and Latin records. */
class ScreeningIT extends RunningService {

    @Autowired
    NameIndex names;

    @BeforeEach
    void watchlist() {
        TestGraphs.emptyGraph(driver);
        load(Csv.file("entities.csv", "id,type,name,country,inn,bin",
                        "kz-dala,company,ТОО «Дала Трейд»,KZ,,",
                        "ru-vector,company,ООО «Вектор Комплект»,RU,7707083893,",
                        "ru-ivanov,person,Иванов Сергей Петрович,RU,,",
                        "ru-radio-m,company,ООО «Радиокомплект-М»,RU,,",
                        "de-alfa,company,Alfa Tech GmbH,DE,,"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on",
                        "ru-vector,OFAC,RUSSIA-EO14024,2023-05-19"));
    }

    private JsonNode match(String body, String parameters) {
        var response = new ApiClient(port).post("/api/match" + parameters, body, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    @Test
    void latinSpellingsFromCustomsFindTheirRecordsInOtherScriptsWithTheFeaturesThatMadeTheScore() {
        var answer = match("""
                {"queries": {
                  "dala": {"schema": "Company", "properties": {"name": ["DALA TREID LLP"], "country": ["KZ"]}},
                  "vector": {"schema": "Company", "properties": {"name": ["VECTOR KOMPLEKT OOO"]}},
                  "ivanov": {"schema": "Person", "properties": {"name": ["Sergei Petrovich Ivanov"]}}}}""", "");

        var dala = answer.get("responses").get("dala").get("results").get(0);
        assertThat(dala.get("id").asString()).isEqualTo("kz-dala");
        assertThat(dala.get("match").asBoolean()).isTrue();
        assertThat(dala.get("explanations").get("name").get("query").asString()).isEqualTo("DALA TREID LLP");
        assertThat(dala.get("explanations").get("name").get("candidate").asString()).isEqualTo("ТОО «Дала Трейд»");
        var vector = answer.get("responses").get("vector").get("results").get(0);
        assertThat(vector.get("id").asString()).isEqualTo("ru-vector");
        assertThat(vector.get("listed").asBoolean()).isTrue();
        assertThat(vector.get("schema").asString()).isEqualTo("Company");
        assertThat(answer.get("responses").get("ivanov").get("results").get(0).get("id").asString())
                .isEqualTo("ru-ivanov");
        assertThat(answer.get("responses").get("ivanov").get("status").asInt()).isEqualTo(200);
        assertThat(answer.get("limit").asInt()).isEqualTo(5);
    }

    @Test
    void aLookAlikeIsNotAMatch() {
        var answer = match("""
                {"queries": {"q": {"schema": "Company", "properties": {"name": ["Radiokomplekt-2"]}},
                             "t": {"schema": "Company", "properties": {"name": ["Alfa Trade LLC"]}}}}""", "");

        for (var key : java.util.List.of("q", "t")) {
            for (var result : answer.get("responses").get(key).get("results")) {
                assertThat(result.get("match").asBoolean()).as(result.toString()).isFalse();
            }
        }
    }

    @Test
    void anEqualIdentifierDecidesWhateverTheName() {
        var answer = match("""
                {"queries": {"q": {"schema": "Company", "properties": {"name": ["Vektor Trading"],
                  "innCode": ["7707083893"]}}}}""", "?limit=1");

        var best = answer.get("responses").get("q").get("results").get(0);
        assertThat(best.get("id").asString()).isEqualTo("ru-vector");
        assertThat(best.get("score").asDouble()).isEqualTo(1.0);
        assertThat(best.get("features").has("identifier")).isTrue();
    }

    @Test
    void aMalformedQueryIsRefusedNamingItsKeyAndProperty() {
        var client = new ApiClient(port);
        var unknown = client.post("/api/match", """
                {"queries": {"q1": {"schema": "Company", "properties": {"nmae": ["x"]}}}}""", "application/json");
        var noName = client.post("/api/match", """
                {"queries": {"q2": {"schema": "Company", "properties": {"country": ["KZ"]}}}}""", "application/json");
        var badSchema = client.post("/api/match", """
                {"queries": {"q3": {"schema": "Vessel", "properties": {"name": ["x"]}}}}""", "application/json");
        var threshold = client.post("/api/match?threshold=2", """
                {"queries": {"q4": {"properties": {"name": ["x"]}}}}""", "application/json");

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(unknown).get("detail").asString()).contains("queries.q1.properties.nmae");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(noName).get("detail").asString()).contains("queries.q2.properties.name");
        assertThat(badSchema.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(badSchema).get("detail").asString()).contains("queries.q3.schema", "Vessel");
        assertThat(threshold.statusCode()).isEqualTo(400);
    }

    @Test
    void entitiesWithoutKeysAreKeyedOnce() {
        driver.executableQuery("MATCH (e:Entity) REMOVE e.matchKeys").execute();

        var first = names.catchUp();
        var second = names.catchUp();

        assertThat(first.written()).isEqualTo(5);
        assertThat(second.read()).isZero();
    }

    @Test
    void nameSearchFindsRecordsInOtherScriptsAfterTheWordsAsWritten() {
        var results = json("/api/entities?name=" + ApiClient.encode("Dala Treid")).get("results");

        assertThat(results).isNotEmpty();
        assertThat(results.get(0).get("id").asString()).isEqualTo("kz-dala");
        assertThat(results.get(0).get("matchedBy").asString()).isEqualTo("name keys");
        assertThat(json("/api/entities?name=" + ApiClient.encode("Alfa Tech")).get("results").get(0)
                .get("matchedBy").asString()).isEqualTo("words");
    }
}
