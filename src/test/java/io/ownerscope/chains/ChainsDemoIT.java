package io.ownerscope.chains;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo case's transshipment chain comes first with the default parameters, among every decoy of the demo. */
class ChainsDemoIT extends RunningService {

    private static final List<String> DISTRIBUTORS = List.of("co-de-hallwitz-bauelemente",
            "co-hk-tidewell-components");

    @Test
    void theDistributorsKazakhLlpAndMoscowConsigneeHeldThroughTheCypriotHoldingRankFirst() {
        TestGraphs.emptyGraph(driver);
        // the load publishes its event, and the designation marks are recomputed after it, as in the service
        loader.load(Csv.classpath("demo"), "demo", "test");

        var response = new ApiClient(port).get("/api/chains");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var chains = ApiClient.json(response).get("chains");

        assertThat(chains.size()).isGreaterThan(2);
        for (int rank = 0; rank < 2; rank++) {
            var chain = chains.get(rank);
            assertThat(chain.get("intermediary").get("id").asString()).isEqualTo("co-kz-steppe-lynx");
            assertThat(chain.get("consignee").get("id").asString()).isEqualTo("co-ru-nordlait-komponent");
            assertThat(chain.get("supplier").get("id").asString()).isIn(DISTRIBUTORS);
            assertThat(chain.get("link").get("kind").asString()).isEqualTo("designated");
            assertThat(chain.get("outbound").get("count").asInt()).isGreaterThan(50);
        }
        assertThat(List.of(chains.get(0).get("supplier").get("id").asString(),
                chains.get(1).get("supplier").get("id").asString())).containsExactlyInAnyOrderElementsOf(DISTRIBUTORS);

        var links = chains.get(0).get("links");
        var viaHolding = find(links, "co-ru-npo-strezhen", "owned-or-controlled");
        assertThat(hopIds(viaHolding)).containsExactly("co-cy-peristera-investments>co-ru-nordlait-komponent",
                "co-ru-npo-strezhen>co-cy-peristera-investments");
        assertThat(viaHolding.get("path").get(0).get("share").asDouble()).isEqualTo(80.0);
        assertThat(viaHolding.get("designations").findValuesAsString("authority")).contains("OFAC", "EU", "UK");
        assertThat(chains.get(0).get("link").get("designations").findValuesAsString("regime"))
                .containsExactlyInAnyOrder("OFAC", "EU", "UK");
    }

    private static JsonNode find(JsonNode links, String partyId, String kind) {
        for (var link : links) {
            if (link.get("party").get("id").asString().equals(partyId) && link.get("kind").asString().equals(kind)
                    && link.get("path").size() == 2) {
                return link;
            }
        }
        throw new AssertionError("no " + kind + " link to " + partyId + " in " + links);
    }

    private static List<String> hopIds(JsonNode link) {
        var hops = new ArrayList<String>();
        link.get("path").forEach(h -> hops.add(h.get("from").asString() + ">" + h.get("to").asString()));
        return hops;
    }
}
