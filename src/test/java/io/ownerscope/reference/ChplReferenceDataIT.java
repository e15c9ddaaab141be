package io.ownerscope.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.ownerscope.graph.Graph;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import io.ownerscope.testing.TestLoads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChplReferenceDataIT {

    private Graph graph;
    private ChplReferenceData reference;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());
        reference = new ChplReferenceData(graph, Duration.ofMinutes(1));
    }

    @Test
    void loadedShipmentsKnowTheirTierAndTheListIsInTheGraphWithItsVersion() {
        loadShipments();

        assertThat(tiers()).containsEntry("chip", "1").containsEntry("charger", "3.A").containsEntry("toy", "none");
        assertThat(reference.apply(CommonHighPriorityList.shipped())).isTrue();
        var codes = TestGraphs.query(graph, "MATCH (c:ChplCode) RETURN count(c) AS n, collect(DISTINCT c.version) AS v")
                .getFirst();
        assertThat(codes.get("n").asLong()).isEqualTo(50);
        assertThat(codes.get("v").asList()).containsExactly("2024-02-23");
        assertThat(reference.apply(CommonHighPriorityList.shipped())).as("same list again: nothing to do").isFalse();
    }

    @Test
    void aNewerListReTiersTheShipmentsAlreadyInTheGraphAndDropsCodesNoLongerListed() {
        loadShipments();
        reference.apply(CommonHighPriorityList.shipped());

        var newer = new CommonHighPriorityList(Map.of("854231", "2", "950300", "4.A"), "2030-01-01", "test");
        assertThat(reference.apply(newer)).isTrue();

        assertThat(tiers()).containsEntry("chip", "2").containsEntry("charger", "none").containsEntry("toy", "4.A");
        assertThat(TestGraphs.query(graph, "MATCH (c:ChplCode) RETURN c.hs6 AS hs6 ORDER BY hs6")
                .stream().map(r -> r.get("hs6").asString()).toList()).containsExactly("854231", "950300");
    }

    private void loadShipments() {
        TestLoads.service(graph, 100).load(List.of(
                Csv.file("entities.csv", "id,type,name,country", "de,company,Hallwitz,DE", "kz,company,Steppe,KZ"),
                Csv.file("shipments.csv", "id,date,exporter_id,consignee_id,hs_code,value_usd",
                        "chip,2022-08-09,de,kz,8542.31.90,1000",
                        "charger,2022-08-09,de,kz,8504400000,10",
                        "toy,2022-08-09,de,kz,950300,10")), "case", "test");
    }

    private Map<String, String> tiers() {
        var tiers = new java.util.TreeMap<String, String>();
        TestGraphs.query(graph, "MATCH (s:Shipment) RETURN s.id AS id, coalesce(s.chplTier, 'none') AS tier")
                .forEach(r -> tiers.put(r.get("id").asString(), r.get("tier").asString()));
        return tiers;
    }
}
