package io.ownerscope.paths;

import static org.assertj.core.api.Assertions.assertThat;

import io.ownerscope.graph.Graph;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** With {@code ownerscope.paths.exposure-in-memory=false} no snapshot is kept, and exposure reads the graph pruned. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ownerscope.paths.exposure-in-memory=false")
class ExposureWithoutSnapshotIT extends RunningService {

    @Autowired
    ExposureIndex index;

    @Test
    void theIndexIsKeptInTheGraphOnlyAndExposureIsPrunedWithIt() {
        Graph graph = TestGraphs.emptyGraph(driver);
        load(Csv.file("entities.csv", "id,type,name,country", "listed,company,AO Listed,RU", "a,company,Alpha LLP,KZ",
                "b,company,Beta GmbH,DE"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share", "r1,listed,a,OWNS,60"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on",
                        "listed,OFAC,RUSSIA-EO14024,2014-03-20"),
                Csv.file("shipments.csv", "id,date,exporter_id,consignee_id,hs_code,value_usd",
                        "s1,2023-01-10,b,a,8542310000,1000"));

        var state = graph.read(tx -> ExposureIndex.state(tx, null)).orElseThrow();
        assertThat(state.stale()).isFalse();
        assertThat(index.snapshot(state)).isEmpty();

        var answer = json("/api/entities/b/exposure");
        assertThat(answer.get("indexComputedAt").isNull()).as("pruned with the index").isFalse();
        // a, 60% owned by the listed party, is designated under the 50% rule
        assertThat(answer.get("designated").get(0).get("party").get("id").asString()).isEqualTo("a");
        assertThat(answer.get("designated").get(1).get("party").get("id").asString()).isEqualTo("listed");
        assertThat(answer.get("designated").get(1).get("distance").asInt()).isEqualTo(2);
        assertThat(index.snapshot(state)).as("none taken in the background either").isEmpty();
    }
}
