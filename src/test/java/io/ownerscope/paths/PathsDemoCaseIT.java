package io.ownerscope.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo case with the default settings: the Kazakh LLP's exposure to the designated defence manufacturer. */
class PathsDemoCaseIT extends RunningService {

    @BeforeEach
    void demo() {
        TestGraphs.emptyGraph(driver);
        loader.load(Csv.classpath("demo"), "demo", "test");
    }

    @Test
    void theKazakhLlpIsExposedToTheManufacturerAndItsDirectorThroughTheConsigneeAndTheCypriotHolding() {
        var answer = json("/api/entities/co-kz-steppe-lynx/exposure?regime=OFAC&asOf=2024-06-01");

        var designated = answer.get("designated");
        var consignee = party(designated, "co-ru-nordlait-komponent");
        assertThat(consignee.get("distance").asInt()).isEqualTo(1);
        assertThat(consignee.get("derived").get(0).get("regime").asString()).isEqualTo("OFAC");
        assertThat(party(designated, "co-cy-peristera-investments").get("distance").asInt()).isEqualTo(2);
        var manufacturer = party(designated, "co-ru-npo-strezhen");
        assertThat(manufacturer.get("distance").asInt()).isEqualTo(3);
        assertThat(route(manufacturer.get("paths").get(0))).containsExactly("co-kz-steppe-lynx",
                "co-ru-nordlait-komponent", "co-cy-peristera-investments", "co-ru-npo-strezhen");
        assertThat(manufacturer.get("explanation").asString())
                .startsWith("Steppe Lynx Trading LLP ships to OOO Nordlait Komponent (")
                .contains("which is owned 80% by Peristera Investments Ltd, which is owned 40% by AO NPO Strezhen")
                .endsWith("AO NPO Strezhen is listed by OFAC under RUSSIA-EO14024 on 2022-06-28.");
        var director = party(designated, "pe-arkady-lisitsyn");
        assertThat(director.get("distance").asInt()).isEqualTo(3);
        assertThat(route(director.get("paths").get(0))).contains("co-cy-peristera-investments");
    }

    @Test
    void theRussianFirmRunByTheLlpsDirectorReachesTheManufacturerThroughTheCypriotHolding() {
        var manufacturer = party(json("/api/entities/co-ru-kvartslain-snab/exposure?regime=OFAC&asOf=2024-06-01")
                .get("designated"), "co-ru-npo-strezhen");

        assertThat(manufacturer.get("distance").asInt()).isEqualTo(4);
        assertThat(route(manufacturer.get("paths").get(0))).as("the strongest path")
                .contains("co-cy-peristera-investments");

        var paths = json("/api/paths?from=co-ru-kvartslain-snab&to=co-ru-npo-strezhen&asOf=2024-06-01")
                .get("paths");
        assertThat(paths.get(0).get("hops").asInt()).isEqualTo(4);
        assertThat(route(paths.get(0))).contains("co-cy-peristera-investments");
        var bySteppeLynx = json("/api/paths?from=co-kz-steppe-lynx&to=co-ru-npo-strezhen&k=1&asOf=2024-06-01");
        assertThat(route(bySteppeLynx.get("paths").get(0))).containsExactly("co-kz-steppe-lynx",
                "co-ru-nordlait-komponent", "co-cy-peristera-investments", "co-ru-npo-strezhen");
    }

    private static JsonNode party(JsonNode designated, String id) {
        for (var party : designated) {
            if (party.get("party").get("id").asString().equals(id)) {
                return party;
            }
        }
        throw new AssertionError(id + " is not among " + ids(designated));
    }

    private static List<String> ids(JsonNode designated) {
        var ids = new ArrayList<String>();
        designated.forEach(party -> ids.add(party.get("party").get("id").asString()));
        return ids;
    }

    private static List<String> route(JsonNode path) {
        var ids = new ArrayList<String>();
        path.get("steps").forEach(step -> ids.add(step.get("node").get("id").asString()));
        return ids;
    }
}
