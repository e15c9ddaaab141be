package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.ownerscope.testing.Csv;
import org.junit.jupiter.api.Test;

/** The saved queries under {@code cypher/queries/trade/}. */
class TradeQueriesIT extends SavedQueryCase {

    private static final String ENTITIES = "id,type,name,country,incorporation_date";
    private static final String SHIPMENTS = "id,date,exporter_id,consignee_id,hs_code,value_usd,destination_country";

    @Test
    void newFirmsImportingChplFindsANewKazakhFirmBuyingChipsButNotOlderFirmsOtherCountriesOrOtherGoods() {
        load(Csv.file("entities.csv", ENTITIES,
                        "de,company,Hallwitz Bauelemente GmbH,DE,1994-04-18",
                        "new-kz,company,Steppe Lynx Trading LLP,KZ,2022-06-14",
                        "old-kz,company,Old Almaty Components LLP,KZ,2019-01-01",
                        "new-ge,company,Tbilisi Parts LLC,GE,2022-06-14",
                        "new-kz-toys,company,Toy Steppe LLP,KZ,2022-07-01"),
                Csv.file("shipments.csv", SHIPMENTS,
                        "s1,2022-08-09,de,new-kz,85423190,1000,KZ",
                        "s2,2022-09-01,de,new-kz,85366990,500,KZ",
                        "s3,2022-08-09,de,old-kz,85423190,1000,KZ",
                        "s4,2022-08-09,de,new-ge,85423190,1000,GE",
                        "s5,2022-08-09,de,new-kz-toys,95030075,1000,KZ"));

        var result = run("new-firms-importing-chpl", Map.of());

        assertThat(column(result, "firmId")).containsExactly("new-kz");
        var row = result.rows().getFirst();
        assertThat(row).containsEntry("shipments", 2L).containsEntry("valueUsd", 1500.0)
                .containsEntry("incorporated", "2022-06-14").containsEntry("firstShipment", "2022-08-09")
                .containsEntry("exporters", List.of("Hallwitz Bauelemente GmbH (DE)"));
        assertThat(list(row, "hs6Codes")).containsExactlyInAnyOrder("854231", "853669");
        assertThat(list(row, "tiers")).containsExactlyInAnyOrder("1", "3.A");
        assertThat(list(row, "sources")).containsExactlyInAnyOrder("case:s1", "case:s2");
        assertThat(run("new-firms-importing-chpl", Map.of("tiers", List.of("1"))).rows().getFirst())
                .containsEntry("shipments", 1L);
        assertThat(column(run("new-firms-importing-chpl", Map.of("countries", List.of("GE"))), "firmId"))
                .containsExactly("new-ge");
    }

    @Test
    void topChplReexportersToRussiaRanksThirdCountryFirmsByValueEachYear() {
        load(Csv.file("entities.csv", ENTITIES,
                        "de,company,Hallwitz,DE,",
                        "ru,company,OOO Nordlait,RU,",
                        "kz-a,company,Alpha LLP,KZ,",
                        "kz-b,company,Beta LLP,KZ,",
                        "kz-late,company,Before The War LLP,KZ,",
                        "kz-toys,company,Toys LLP,KZ,",
                        "maker-cn,company,Shenzhen Maker,CN,",
                        "ru-x,company,OOO Internal,RU,"),
                Csv.file("shipments.csv", SHIPMENTS,
                        "in-a,2022-05-01,de,kz-a,854231,900,KZ",
                        "in-b,2022-05-01,de,kz-b,854232,2500,KZ",
                        "in-late,2021-11-01,de,kz-late,854231,100,KZ",
                        "in-toys,2022-05-01,de,kz-toys,854231,100,KZ",
                        "a-2022,2022-06-01,kz-a,ru,854231,1000,RU",
                        "a-2023,2023-02-01,kz-a,ru,854231,5000,RU",
                        "b-2022,2022-07-01,kz-b,ru,854232,3000,RU",
                        "late,2021-12-01,kz-late,ru,854231,7000,RU",
                        "toys,2022-07-01,kz-toys,ru,950300,8000,RU",
                        "maker,2022-08-01,maker-cn,ru,854231,9000,RU",
                        "internal,2022-08-01,ru-x,ru,854231,9000,RU"));

        var result = run("top-chpl-reexporters-to-russia", Map.of());

        assertThat(result.rows()).extracting(r -> r.get("year") + "#" + r.get("rank") + " " + r.get("exporterId")
                + " " + r.get("valueUsd")).containsExactly("2022#1 kz-b 3000.0", "2022#2 kz-a 1000.0",
                "2023#1 kz-a 5000.0");
        assertThat(list(result.rows().getFirst(), "sources")).containsExactly("case:b-2022");
        assertThat(result.rows().getFirst()).containsEntry("consignees", List.of("OOO Nordlait"));
        assertThat(column(run("top-chpl-reexporters-to-russia", Map.of("reexportersOnly", false)), "exporterId"))
                .as("a maker that received nothing counts when re-exporters only is off")
                .containsExactly("maker-cn", "kz-b", "kz-a", "kz-a");
        assertThat(column(run("top-chpl-reexporters-to-russia", Map.of("topPerYear", 1)), "exporterId"))
                .containsExactly("kz-b", "kz-a");
    }

    @Test
    void passThroughChplToRussiaFindsAFirmThatReshipsTheSameCodeWithinWeeks() {
        load(Csv.file("entities.csv", ENTITIES,
                        "de,company,Hallwitz,DE,",
                        "ru,company,OOO Nordlait,RU,",
                        "ae,company,Dubai Trading,AE,",
                        "kz-p,company,Steppe Lynx Trading LLP,KZ,2022-06-14",
                        "kz-slow,company,Slow LLP,KZ,",
                        "kz-other,company,Other Code LLP,KZ,",
                        "kz-ae,company,Gulf Route LLP,KZ,"),
                Csv.file("shipments.csv", SHIPMENTS,
                        "p-in,2023-01-10,de,kz-p,85423190,1000,KZ",
                        "p-out,2023-02-01,kz-p,ru,85423190,1300,RU",
                        "slow-in,2023-01-10,de,kz-slow,854231,1000,KZ",
                        "slow-out,2023-09-01,kz-slow,ru,854231,1300,RU",
                        "other-in,2023-01-10,de,kz-other,854231,1000,KZ",
                        "other-out,2023-01-20,kz-other,ru,854232,1300,RU",
                        "ae-in,2023-01-10,de,kz-ae,854231,1000,KZ",
                        "ae-out,2023-01-20,kz-ae,ae,854231,1300,AE"));

        var result = run("pass-through-chpl-to-russia", Map.of());

        assertThat(column(result, "firmId")).containsExactly("kz-p");
        assertThat(result.rows().getFirst()).containsEntry("reexports", 1L).containsEntry("reexportValueUsd", 1300.0)
                .containsEntry("shortestDays", 22L).containsEntry("suppliers", List.of("Hallwitz"))
                .containsEntry("consignees", List.of("OOO Nordlait")).containsEntry("tiers", List.of("1"))
                .containsEntry("sources", List.of("case:p-out", "case:p-in"));
        assertThat(column(run("pass-through-chpl-to-russia", Map.of("withinDays", 365)), "firmId"))
                .containsExactlyInAnyOrder("kz-p", "kz-slow");
    }

    @Test
    void reroutedRussiaSuppliersFindsAnExporterThatSwitchedTheSameGoodsToAThirdCountry() {
        load(Csv.file("entities.csv", ENTITIES,
                        "de,company,Hallwitz,DE,",
                        "de-other-goods,company,Cars GmbH,DE,",
                        "de-new,company,Newcomer GmbH,DE,",
                        "de-fr,company,Paris Route GmbH,DE,",
                        "ru,company,OOO Nordlait,RU,",
                        "kz,company,Steppe Lynx Trading LLP,KZ,",
                        "fr,company,Paris SARL,FR,"),
                Csv.file("shipments.csv", SHIPMENTS,
                        "direct,2021-06-01,de,ru,854231,5000,RU",
                        "rerouted,2022-08-09,de,kz,854231,2000,KZ",
                        "direct-2,2021-06-01,de-other-goods,ru,854231,5000,RU",
                        "cars,2022-08-09,de-other-goods,kz,870323,2000,KZ",
                        "new,2022-08-09,de-new,kz,854231,2000,KZ",
                        "direct-3,2021-06-01,de-fr,ru,854231,5000,RU",
                        "to-france,2022-08-09,de-fr,fr,854231,2000,FR"));

        var result = run("rerouted-russia-suppliers", Map.of());

        assertThat(column(result, "exporterId")).containsExactly("de");
        assertThat(result.rows().getFirst()).containsEntry("directBefore", 1L)
                .containsEntry("directValueBeforeUsd", 5000.0).containsEntry("directSince", 0L)
                .containsEntry("thirdCountrySince", 1L).containsEntry("thirdCountryValueSinceUsd", 2000.0)
                .containsEntry("formerConsignees", List.of("OOO Nordlait"))
                .containsEntry("consignees", List.of("Steppe Lynx Trading LLP (KZ)"))
                .containsEntry("hs6Codes", List.of("854231"))
                .containsEntry("sources", List.of("case:rerouted", "case:direct"));
    }

    @Test
    void tradeSpikesByHsCodeFindsCodesWhoseMonthlyImportsJumpedOrAppeared() {
        load(Csv.file("entities.csv", ENTITIES,
                        "de,company,Hallwitz,DE,",
                        "kz,company,Steppe Lynx Trading LLP,KZ,",
                        "de-buyer,company,Dresden Buyer,DE,"),
                Csv.file("shipments.csv", SHIPMENTS,
                        "chips-before,2021-06-01,de,kz,854231,1000,KZ",
                        "chips-1,2022-08-09,de,kz,854231,8000,KZ",
                        "chips-2,2022-11-09,de,kz,854231,12000,KZ",
                        "cars-before,2021-06-01,de,kz,870323,10000,KZ",
                        "cars-after,2022-06-01,de,kz,870323,9000,KZ",
                        "computers,2022-10-01,de,kz,847150,500,KZ",
                        "chips-de,2022-10-01,kz,de-buyer,854231,50000,DE"));

        var result = run("trade-spikes-by-hs-code", Map.of("recentTo", "2023-02-23", "countries", List.of("KZ")));

        assertThat(result.rows()).extracting(r -> r.get("hs6") + " " + r.get("newFlow"))
                .containsExactly("847150 true", "854231 false");
        var chips = result.rows().get(1);
        assertThat((Double) chips.get("factor")).isBetween(22.0, 24.0);
        assertThat(chips).containsEntry("recentShipments", 2L).containsEntry("recentValueUsd", 20000.0);
        assertThat(list(chips, "sources")).containsExactlyInAnyOrder("case:chips-1", "case:chips-2");
        assertThat(column(run("trade-spikes-by-hs-code", Map.of("recentTo", "2023-02-23", "minFactor", 1000)),
                "hs6")).as("only the codes that appeared from nothing, in any country")
                .containsExactlyInAnyOrder("847150", "854231");
    }

    @Test
    void logisticsFirmConsigneesFindsForwardersByNameOrAliasInLatinOrCyrillic() {
        load(Csv.file("entities.csv", "id,type,name,aliases,country",
                        "de,company,Hallwitz,,DE",
                        "araks,company,Araks Freight Forwarding LLC,,AM",
                        "vektor,company,OOO Vektor,ООО «Вектор Логистика»,RU",
                        "steppe,company,Steppe Lynx Trading LLP,,KZ"),
                Csv.file("shipments.csv", SHIPMENTS,
                        "to-araks,2023-03-01,de,araks,854231,1000,AM",
                        "to-vektor,2023-03-02,de,vektor,854231,1000,RU",
                        "to-steppe,2023-03-03,de,steppe,854231,1000,KZ"));

        var result = run("logistics-firm-consignees", Map.of());

        assertThat(column(result, "shipmentId")).containsExactly("to-vektor", "to-araks");
        assertThat(result.rows().get(1)).containsEntry("matchedWords", List.of("freight", "forward"))
                .containsEntry("sources", List.of("case:to-araks"));
        assertThat(result.rows().get(0)).containsEntry("matchedWords", List.of("логист"));
        assertThat(column(run("logistics-firm-consignees", Map.of("destinations", List.of("AM"))), "shipmentId"))
                .containsExactly("to-araks");
    }
}
