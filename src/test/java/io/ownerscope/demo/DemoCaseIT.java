package io.ownerscope.demo;

import static io.ownerscope.testing.TestGraphs.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.ownerscope.graph.Graph;
import io.ownerscope.loading.LoadReport;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import io.ownerscope.testing.TestLoads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo case shipped in the jar loads cleanly and tells the story docs/demo.md tells. */
class DemoCaseIT {

    private static Graph graph;
    private static LoadReport report;

    @BeforeAll
    static void loadDemo() {
        graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());
        report = TestLoads.service(graph, 1000).load(Csv.classpath(DemoCaseLoader.DATASET), "demo", "test");
    }

    @Test
    void everyRowLoads() {
        assertThat(report.rejects()).isEmpty();
        assertThat(report.counts().entities()).isGreaterThan(300);
        assertThat(report.counts().shipments()).isGreaterThan(1000);
    }

    @Test
    void distributorsShipIntegratedCircuitsToAKazakhLlpThatReshipsToARussianFirmHeldByADesignatedManufacturer() {
        var chains = query(graph, """
                MATCH (distributor:Company)-[:EXPORTED]->(inbound:Shipment)-[:CONSIGNED_TO]->(llp:Company {country: 'KZ'})
                WHERE distributor.country IN ['DE', 'HK'] AND inbound.hs6 IN ['854231', '854232', '854239']
                MATCH (llp)-[:EXPORTED]->(outbound:Shipment)-[:CONSIGNED_TO]->(consignee:Company {country: 'RU'})
                WHERE outbound.date > inbound.date
                MATCH (consignee)<-[toConsignee:OWNS]-(holding:Company {country: 'CY'})
                MATCH (holding)<-[byMaker:OWNS]-(maker:Company {country: 'RU'})<-[:TARGETS]-(:Sanction {authority: 'OFAC'})
                MATCH (holding)<-[byPerson:OWNS]-(:Person)<-[:TARGETS]-(:Sanction {authority: 'OFAC'})
                WHERE byMaker.share + byPerson.share >= 50
                RETURN DISTINCT distributor.id AS distributor, llp.id AS llp, consignee.id AS consignee,
                       holding.id AS holding, maker.id AS maker, toConsignee.share AS share
                """);

        assertThat(chains).extracting(r -> r.get("llp").asString()).contains("co-kz-steppe-lynx");
        var main = chains.stream().filter(r -> r.get("llp").asString().equals("co-kz-steppe-lynx")).toList();
        assertThat(main).extracting(r -> r.get("distributor").asString())
                .contains("co-de-hallwitz-bauelemente", "co-hk-tidewell-components");
        assertThat(main).allSatisfy(r -> {
            assertThat(r.get("consignee").asString()).isEqualTo("co-ru-nordlait-komponent");
            assertThat(r.get("holding").asString()).isEqualTo("co-cy-peristera-investments");
            assertThat(r.get("maker").asString()).isEqualTo("co-ru-npo-strezhen");
            assertThat(r.get("share").asDouble()).isEqualTo(80.0);
        });
    }

    @Test
    void theLlpIsNewSharesAMassRegistrationAddressAndADirectorWithARussianFirm() {
        var llp = query(graph, """
                MATCH (llp:Company {id: 'co-kz-steppe-lynx'})-[:REGISTERED_AT]->(address:Address)
                MATCH (address)<-[:REGISTERED_AT]-(neighbour:Company)
                WITH llp, address, count(DISTINCT neighbour) AS companiesAtAddress
                MATCH (director:Person)-[:DIRECTOR_OF]->(llp)
                MATCH (director)-[:DIRECTOR_OF]->(russian:Company {country: 'RU'})
                RETURN llp.incorporationDate AS incorporated, companiesAtAddress, russian.id AS russianFirm
                """);

        assertThat(llp).isNotEmpty();
        assertThat(llp.getFirst().get("incorporated").asLocalDate()).isAfter(java.time.LocalDate.of(2022, 2, 24));
        assertThat(llp.getFirst().get("companiesAtAddress").asLong()).isGreaterThanOrEqualTo(20);
        assertThat(llp.getFirst().get("russianFirm").asString()).isEqualTo("co-ru-kvartslain-snab");
    }
}
