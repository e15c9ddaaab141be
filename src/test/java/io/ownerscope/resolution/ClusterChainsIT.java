package io.ownerscope.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A customs record of a Russian consignee and the registry record of the same firm, which a listed maker owns:
 * once an analyst joins the two, the chain through a Kazakh intermediary reaches the designated owner, and the
 * intermediary's red flags see a designated counterparty.
 */
class ClusterChainsIT extends RunningService {

    @BeforeEach
    void customsAndRegistry() {
        TestGraphs.emptyGraph(driver);
        loader.load(List.of(
                Csv.file("entities.csv", "id,type,name,country,incorporation_date",
                        "reg-nord,company,ООО «Нордлайт Компонент»,RU,2014-05-20",
                        "maker,company,AO NPO Strezhen,RU,1992-01-01"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share",
                        "own-1,maker,reg-nord,OWNS,60"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on",
                        "maker,OFAC,RUSSIA-EO14024,2022-06-28")), "registry", "test");
        loader.load(List.of(
                Csv.file("entities.csv", "id,type,name,country,incorporation_date",
                        "supplier,company,Hallwitz Bauelemente GmbH,DE,1994-04-18",
                        "llp,company,Steppe Lynx Trading LLP,KZ,2022-06-14",
                        "cus-nord,company,NORDLAIT KOMPONENT OOO,RU,"),
                Csv.file("shipments.csv", "id,date,exporter_id,consignee_id,hs_code,value_usd,destination_country",
                        "in-1,2023-01-10,supplier,llp,85423190,100000,KZ",
                        "out-1,2023-02-01,llp,cus-nord,8542319000,120000,RU")), "customs", "test");
    }

    @Test
    void theChainReachesTheDesignatedOwnerOnceTheRecordsAreJoined() {
        var before = json("/api/chains").get("chains");
        var response = new ApiClient(port).post("/api/resolution/decisions", """
                {"left": "cus-nord", "right": "reg-nord", "judgement": "same"}""",
                "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        var after = json("/api/chains").get("chains");

        assertThat(before.valueStream().filter(c -> c.get("consignee").get("id").asString().equals("cus-nord"))
                .map(c -> c.get("link").isNull() ? "none" : c.get("link").path("kind").asString("none")).toList())
                .allMatch(kind -> kind.equals("none"));
        var chain = after.valueStream().filter(c -> c.get("consignee").get("id").asString().equals("cus-nord"))
                .findFirst().orElseThrow();
        assertThat(chain.get("link").get("kind").asString()).isIn("designated", "owned-or-controlled");
    }

    private boolean raised(String id, String flag) {
        for (var node : json("/api/entities/" + id + "/red-flags").get("flags")) {
            if (node.get("flag").asString().equals(flag)) {
                return node.get("raised").asBoolean();
            }
        }
        throw new AssertionError("no flag " + flag);
    }

    @Test
    void theIntermediaryShipsToADesignatedPartyOnceTheRecordsAreJoined() {
        var before = raised("llp", "designated-counterparty");

        var response = new ApiClient(port).post("/api/resolution/decisions", """
                {"left": "cus-nord", "right": "reg-nord", "judgement": "same"}""", "application/json");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(before).isFalse();
        assertThat(raised("llp", "designated-counterparty")).isTrue();
    }
}
