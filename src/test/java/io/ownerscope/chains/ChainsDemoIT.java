package io.ownerscope.chains;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

    @Test
    void aPageOfChainsListsAFewShipmentsPerLegAndLinksToTheRest() {
        TestGraphs.emptyGraph(driver);
        loader.load(Csv.classpath("demo"), "demo", "test");
        var client = new ApiClient(port);

        var response = client.get("/api/chains?limit=5");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(40_000);
        var first = ApiClient.json(response).get("chains").get(0);
        var outbound = first.get("outbound");
        assertThat(outbound.get("shipments").size()).isEqualTo(3);
        assertThat(outbound.get("truncated").asBoolean()).isTrue();
        assertThat(first.get("links").size()).isLessThanOrEqualTo(3);
        assertThat(first.get("linkCount").asInt()).isGreaterThanOrEqualTo(first.get("links").size());

        var rest = client.get(outbound.get("more").asString() + "&limit=200");
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
        var page = ApiClient.json(rest);
        // the outbound leg counts the shipments that follow an inbound one of the same goods; the link lists all
        // shipments between the two parties
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(outbound.get("count").asInt());
        assertThat(page.get("shipments").findValuesAsString("id"))
                .containsAll(outbound.get("shipments").findValuesAsString("id"));
        for (var shipment : page.get("shipments")) {
            assertThat(shipment.toString()).contains("co-ru-nordlait-komponent");
        }

        var none = ApiClient.json(client.get("/api/chains?limit=1&shipments=0&links=0")).get("chains").get(0);
        assertThat(none.get("outbound").get("shipments").size()).isZero();
        assertThat(none.get("link").get("party").get("id").asString()).isNotBlank();

        var tooMany = client.get("/api/chains?shipments=51");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("shipments: must be 0 to 50, got 51");
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
