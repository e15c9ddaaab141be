package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.ownerscope.graph.Graph;
import io.ownerscope.graph.QuerySettings;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import io.ownerscope.testing.TestLoads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.http.HttpStatus;

/** How a saved query runs: read-only, under the timeout, stopped at its row cap, values as plain JSON. */
class QueryRunnerIT {

    private Graph graph;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());
    }

    private static SavedQuery query(String cypher) {
        return QueryFileParser.parse("t/q.cypher", """
                // name: q
                // description: A case
                // param: n int = 3 — How many rows
                // max-rows: 2

                """ + cypher);
    }

    private QueryResult run(Graph on, SavedQuery query, Map<String, Object> arguments) {
        var rows = new CollectedRows(query, arguments);
        new QueryRunner(on).run(query, arguments, rows);
        return rows.result();
    }

    @Test
    void aRunStopsAtTheRowCapAndSaysSo() {
        var query = query("UNWIND range(1, $n) AS i RETURN i LIMIT $maxRows");

        var cut = run(graph, query, Map.of("n", 1000L));
        assertThat(cut.rows()).extracting(r -> r.get("i")).containsExactly(1L, 2L);
        assertThat(cut.truncated()).isTrue();
        assertThat(cut.rowCount()).isEqualTo(2);
        assertThat(cut.maxRows()).isEqualTo(2);

        var whole = run(graph, query, Map.of("n", 2L));
        assertThat(whole.rows()).hasSize(2);
        assertThat(whole.truncated()).isFalse();
    }

    @Test
    void aRunPastTheTimeoutIsStoppedAndReportedAsATimeout() {
        var impatient = new Graph(HarnessNeo4j.driver(), new QuerySettings("neo4j", Duration.ofMillis(300), 500));
        var query = query("UNWIND range(1, 1000000000) AS i WITH i WHERE i < 0 AND $n > 0 RETURN i LIMIT $maxRows");

        assertThatThrownBy(() -> run(impatient, query, Map.of("n", 3L)))
                .isInstanceOfSatisfying(QueryTimeoutException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT))
                .hasMessageStartingWith("Saved query 'q' ran past its time limit of 0.3s and was stopped");
    }

    @Test
    void theReadTransactionRefusesAWriteThatGotPastThePlanCheck() {
        var writes = query("CREATE (e:Entity {id: 'x' + $n}) RETURN e.id AS id LIMIT $maxRows");

        assertThatThrownBy(() -> run(graph, writes, Map.of("n", 1L))).isInstanceOf(ClientException.class)
                .hasMessageContaining("Writing in read access mode not allowed");
        assertThat(TestGraphs.query(graph, "MATCH (e:Entity) RETURN e")).isEmpty();
    }

    @Test
    void nodesRelationshipsAndPathsComeBackAsPlainValuesWithTheirSources() {
        TestLoads.service(graph, 10).load(List.of(
                Csv.file("entities.csv", "id,type,name,country,incorporation_date",
                        "a,company,Alpha,CY,2015-01-01", "b,company,Beta,RU,"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share,interest_type",
                        "r1,a,b,OWNS,80,shareholding")), "case", "test");
        var query = query("MATCH p = (a:Entity {id: 'a'})-[r:OWNS]->(b) WHERE $n > 0 "
                + "RETURN a, r, p, a.incorporationDate AS incorporated, r.share AS share LIMIT $maxRows");

        var row = run(graph, query, Map.of("n", 1L)).rows().getFirst();

        @SuppressWarnings("unchecked")
        var node = (Map<String, Object>) row.get("a");
        assertThat(node).containsEntry("id", "a").containsEntry("labels", List.of("Company"))
                .containsEntry("name", "Alpha");
        assertThat(node.get("properties")).isEqualTo(Map.of("country", "CY",
                "incorporationDate", "2015-01-01"));
        assertThat(node.get("sources").toString()).contains("dataset=case", "recordId=a", "loadRun=csv:case:",
                "firstSeen=20");
        @SuppressWarnings("unchecked")
        var relationship = (Map<String, Object>) row.get("r");
        assertThat(relationship).containsEntry("type", "OWNS").doesNotContainKeys("from", "to");
        assertThat(relationship.get("properties").toString()).contains("share=80.0", "interestType=shareholding")
                .doesNotContain("key=");
        @SuppressWarnings("unchecked")
        var path = (Map<String, List<Map<String, Object>>>) row.get("p");
        assertThat(path.get("nodes")).extracting(n -> n.get("id")).containsExactly("a", "b");
        assertThat(path.get("relationships").getFirst()).containsEntry("from", "a").containsEntry("to", "b");
        assertThat(row).containsEntry("incorporated", "2015-01-01").containsEntry("share", 80.0);
    }

    @Test
    void csvHasAHeaderRowListsJoinedAndANoteWhenCutShort() {
        var query = query("UNWIND range(1, $n) AS i RETURN i, ['KZ', 'KG'] AS countries, {a: i} AS detail, "
                + "'x, \"y\"' AS text, 2.5e7 AS value LIMIT $maxRows");
        var out = new StringWriter();

        new QueryRunner(graph).run(query, Map.of("n", 5L), new CsvRows(out, true));

        assertThat(out.toString().split("\r\n")).containsExactly(
                "i,countries,detail,text,value",
                "1,KZ|KG,\"{\"\"a\"\":1}\",\"x, \"\"y\"\"\",25000000",
                "2,KZ|KG,\"{\"\"a\"\":2}\",\"x, \"\"y\"\"\",25000000",
                "# truncated: the query has more rows than its cap of 2; only the first 2 are here");
    }
}
