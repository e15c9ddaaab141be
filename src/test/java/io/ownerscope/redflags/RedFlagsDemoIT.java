package io.ownerscope.redflags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** The red flags docs/demo.md describes, found in the demo case with the default settings. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ownerscope.query.timeout=2m")
class RedFlagsDemoIT extends RunningService {

    private static boolean loaded;

    @BeforeEach
    void loadDemoOnce() {
        if (!loaded) {
            TestGraphs.emptyGraph(driver);
            var report = loader.load(Csv.classpath("demo"), "demo", "test");
            assertThat(report.rejects()).isEmpty();
            loaded = true;
        }
    }

    @Test
    void theKazakhLlpRaisesTheFlagsOfACutOut() {
        var report = json("/api/entities/co-kz-steppe-lynx/red-flags?asOf=2024-12-31");

        assertThat(texts(report.get("raised"))).contains("incorporated-after-invasion", "mass-registration-address",
                "common-director-or-owner", "chpl-to-russia", "chpl-trade-surge", "designated-counterparty",
                "transshipment-country");
        var consignees = new ArrayList<String>();
        flag(report, "designated-counterparty").get("evidence").get("counterparties")
                .forEach(c -> consignees.add(c.get("party").get("id").asString()));
        assertThat(consignees).contains("co-ru-nordlait-komponent");

        assertThat(flag(report, "incorporated-after-invasion").get("evidence").get("incorporationDate").asString())
                .isEqualTo("2022-06-14");

        var address = flag(report, "mass-registration-address").get("evidence").get("addresses").get(0);
        assertThat(address.get("address").get("id").asString()).isEqualTo("addr-kz-almaty-abay-150");
        // 25 companies were registered there; two of them had moved out by the end of 2024
        assertThat(address.get("companies").asInt()).isEqualTo(23);

        var common = flag(report, "common-director-or-owner");
        var match = common.get("evidence").get("matches").get(0);
        assertThat(match.get("party").get("id").asString()).isEqualTo("pe-ruslan-ermekov");
        assertThat(match.get("related").get("id").asString()).isEqualTo("co-ru-kvartslain-snab");
        assertThat(match.get("related").get("country").asString()).isEqualTo("RU");
        assertThat(common.get("sources")).isNotEmpty();

        var chpl = flag(report, "chpl-to-russia").get("evidence");
        assertThat(chpl.get("chplImports").asInt()).isEqualTo(8 + 63 + 52);
        assertThat(chpl.get("firstChplImport").asString()).isEqualTo("2022-08-09");
        assertThat(chpl.get("firstExportToRussia").asString()).isEqualTo("2022-08-27");
        var counterparties = new ArrayList<String>();
        chpl.get("exportsShown").forEach(s -> counterparties.add(s.get("counterparty").get("id").asString()));
        assertThat(counterparties).contains("co-ru-nordlait-komponent");

        var surge = flag(report, "chpl-trade-surge").get("evidence");
        assertThat(surge.get("baseline").get("valueUsd").asDouble()).isZero();
        assertThat(texts(surge.get("sharpRiseYears"))).contains("2023", "2024");

        assertThat(flag(report, "goods-outside-activity").get("assessable").asBoolean()).isFalse();
        assertThat(report.get("score").asDouble()).isGreaterThanOrEqualTo(12.5);
    }

    @Test
    void theDistributorShippingToTheArmenianForwarderHasALogisticsConsignee() {
        var flag = flag(json("/api/entities/co-hk-tidewell-components/red-flags"), "logistics-consignee");

        assertThat(flag.get("raised").asBoolean()).isTrue();
        var consignees = new ArrayList<String>();
        flag.get("evidence").get("consignees").forEach(c -> consignees.add(c.get("consignee").get("id").asString()));
        assertThat(consignees).contains("co-am-araks-freight");
    }

    @Test
    void theLlpIsAmongTheTopOfTheKazakhRankingAndEstablishedImportersForTheirOwnUseDoNot() {
        long started = System.nanoTime();
        var ranking = json("/api/red-flags?country=KZ&limit=200&asOf=2024-12-31");
        System.out.printf("red-flag ranking of %d Kazakh companies: %d ms%n", ranking.get("companiesAssessed").asInt(),
                (System.nanoTime() - started) / 1_000_000);

        var companies = ranking.get("companies");
        var llp = find(companies, "co-kz-steppe-lynx");
        assertThat(llp.get("rank").asInt()).isLessThanOrEqualTo(3);
        assertThat(texts(llp.get("flags"))).contains("chpl-to-russia", "common-director-or-owner");
        // their high-priority imports grew too (a reason to look), but nothing goes on to Russia
        for (var established : List.of("co-kz-sary-arka-telecom", "co-kz-nomad-electronics")) {
            var entry = find(companies, established);
            if (entry != null) {
                assertThat(texts(entry.get("flags"))).doesNotContain("chpl-to-russia", "designated-counterparty");
                assertThat(entry.get("score").asDouble()).isLessThan(llp.get("score").asDouble());
            }
        }
        // the smaller copies of the pattern at the same address rank high too
        var top10 = new ArrayList<String>();
        for (int i = 0; i < Math.min(10, companies.size()); i++) {
            top10.add(companies.get(i).get("id").asString());
        }
        assertThat(top10).contains("co-kz-orda-trade-partners");
    }

    private static JsonNode find(JsonNode companies, String id) {
        for (var company : companies) {
            if (company.get("id").asString().equals(id)) {
                return company;
            }
        }
        return null;
    }

    private static JsonNode flag(JsonNode report, String flag) {
        for (var node : report.get("flags")) {
            if (node.get("flag").asString().equals(flag)) {
                return node;
            }
        }
        throw new AssertionError("no flag " + flag);
    }

    private static List<String> texts(JsonNode array) {
        var list = new ArrayList<String>();
        array.forEach(node -> list.add(node.asString()));
        return list;
    }
}
