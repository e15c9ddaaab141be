package io.ownerscope.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Owners and holdings listings stop at their caps (here 2 each) and say so with {@code truncated}. */
@TestPropertySource(properties = {"ownerscope.api.max-owners=2", "ownerscope.api.max-holdings=2"})
class AnswerCapsIT extends RunningService {

    @BeforeEach
    void emptyGraph() {
        TestGraphs.emptyGraph(driver);
    }

    @Test
    void holdingsPastTheCapAreTruncated() {
        holdingOwning("h1", "h2", "h3");

        var answer = json("/api/entities/holding/holdings?threshold=0");

        assertThat(answer.get("holdings")).hasSize(2);
        assertThat(answer.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void holdingsAtTheCapAreComplete() {
        holdingOwning("h1", "h2");

        var answer = json("/api/entities/holding/holdings?threshold=0");

        assertThat(ids(answer.get("holdings"))).containsExactlyInAnyOrder("h1", "h2");
        assertThat(answer.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void ownersPastTheCapAreTruncatedStrongestFirst() {
        ownedBy("o1:50", "o2:30", "o3:20");

        var answer = json("/api/entities/target/owners?threshold=0");

        assertThat(ids(answer.get("owners"))).containsExactly("o1", "o2");
        assertThat(answer.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void ownersAtTheCapAreComplete() {
        ownedBy("o1:60", "o2:40");

        var answer = json("/api/entities/target/owners?threshold=0");

        assertThat(ids(answer.get("owners"))).containsExactly("o1", "o2");
        assertThat(answer.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void aDesignationStillCountsEveryOwner() {
        ownedBy("o1:20", "o2:20", "o3:20");
        load(Csv.file("sanctions.csv", "entity_id,authority,program,listed_on",
                "o1,OFAC,RUSSIA-EO14024,2022-04-06", "o2,OFAC,RUSSIA-EO14024,2022-04-06",
                "o3,OFAC,RUSSIA-EO14024,2022-04-06"));

        var answer = json("/api/entities/target/designation?regime=OFAC");

        assertThat(answer.get("aggregateShare").asDouble()).as("three owners past a cap of two").isEqualTo(60.0);
        assertThat(answer.get("designated").asBoolean()).isTrue();
    }

    private void holdingOwning(String... companies) {
        var entities = new ArrayList<>(List.of("id,type,name,country", "holding,company,Holding,CY"));
        var links = new ArrayList<>(List.of("id,from_id,to_id,type,share"));
        for (var company : companies) {
            entities.add(company + ",company," + company + ",RU");
            links.add("r-" + company + ",holding," + company + ",OWNS,100");
        }
        load(Csv.file("entities.csv", entities.toArray(String[]::new)),
                Csv.file("relationships.csv", links.toArray(String[]::new)));
    }

    /** Owners of {@code target} as {@code id:share}. */
    private void ownedBy(String... owners) {
        var entities = new ArrayList<>(List.of("id,type,name,country", "target,company,Target,RU"));
        var links = new ArrayList<>(List.of("id,from_id,to_id,type,share"));
        for (var owner : owners) {
            var parts = owner.split(":");
            entities.add(parts[0] + ",company," + parts[0] + ",CY");
            links.add("r-" + parts[0] + "," + parts[0] + ",target,OWNS," + parts[1]);
        }
        load(Csv.file("entities.csv", entities.toArray(String[]::new)),
                Csv.file("relationships.csv", links.toArray(String[]::new)));
    }

    private static List<String> ids(JsonNode stakes) {
        var ids = new ArrayList<String>();
        stakes.forEach(stake -> ids.add(stake.get("id").asString()));
        return ids;
    }
}
