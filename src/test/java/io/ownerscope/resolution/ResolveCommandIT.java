package io.ownerscope.resolution;

import static io.ownerscope.testing.TestGraphs.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import io.ownerscope.testing.CommandLineTest;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.Test;

class ResolveCommandIT extends CommandLineTest {

    private void loadTwoSources() throws Exception {
        var registry = Files.createDirectories(dir.resolve("registry"));
        Files.writeString(registry.resolve("entities.csv"), "id,type,name,country\nreg-1,company,ООО «Вектор Комплект»,RU\n");
        var sanctions = Files.createDirectories(dir.resolve("sanctions"));
        Files.writeString(sanctions.resolve("entities.csv"), "id,type,name,country\nsdn-1,company,VEKTOR KOMPLEKT LLC,RU\n");
        assertThat(cli("load", "--format", "csv", registry.toString(), onHarness())).isZero();
        assertThat(cli("load", "--format", "csv", sanctions.toString(), onHarness())).isZero();
    }

    @Test
    void pairsAreSuggestedAndDecisionsCarriedToAnotherStore() throws Exception {
        loadTwoSources();
        assertThat(cli("resolve", onHarness())).isZero();
        assertThat(terminal.stdout()).contains("1 pairs suggested");
        var graph = TestGraphs.graph(HarnessNeo4j.driver());
        graph.write(tx -> tx.run("""
                CREATE (:ResolutionDecision {id: 'd1', pair: 'reg-1|sdn-1', leftId: 'reg-1', rightId: 'sdn-1',
                        judgement: 'same', actor: 'alice', note: 'same address', current: true,
                        decidedAt: datetime('2026-12-01T10:00:00Z')})""").consume());
        var exported = dir.resolve("decisions.jsonl");

        assertThat(cli("resolve", "--export", exported.toString(), onHarness())).isZero();
        TestGraphs.emptyGraph(HarnessNeo4j.driver());
        loadTwoSources();
        assertThat(cli("resolve", "--import", exported.toString(), onHarness())).isZero();

        assertThat(Files.readAllLines(exported)).singleElement().asString().contains("\"actor\":\"alice\"");
        assertThat(terminal.stdout()).contains("1 decisions imported, 1 pairs of records joined again");
        assertThat(query(graph, "MATCH (:Entity {id: 'reg-1'})-[r:SAME_AS {scheme: 'decision'}]->(:Entity {id: 'sdn-1'}) "
                + "RETURN r.actor AS actor").getFirst().get("actor").asString()).isEqualTo("alice");
    }

    @Test
    void pairsAtOrAboveTheAutoAcceptScoreAreJoinedByTheRule() throws Exception {
        loadTwoSources();

        assertThat(cli("resolve", "--ownerscope.resolution.auto-accept-score=0.9", onHarness())).isZero();

        var graph = TestGraphs.graph(HarnessNeo4j.driver());
        assertThat(query(graph, "MATCH (d:ResolutionDecision {current: true}) RETURN d.actor AS actor")
                .getFirst().get("actor").asString()).isEqualTo("rule");
        assertThat(query(graph, "MATCH (:Entity)-[r:SAME_AS {scheme: 'decision'}]->(:Entity) RETURN count(r) AS n")
                .getFirst().get("n").asLong()).isOne();
    }
}
