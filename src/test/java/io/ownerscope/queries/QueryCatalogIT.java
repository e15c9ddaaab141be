package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.ownerscope.graph.Graph;
import io.ownerscope.system.NotFoundException;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;

/** Which query files the catalog offers, checked against Neo4j's planner. */
@ExtendWith(OutputCaptureExtension.class)
class QueryCatalogIT {

    private Graph graph;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());
    }

    private static QueryFiles.QueryFile file(String file, String name, String cypher) {
        return new QueryFiles.QueryFile(file, "test", "// name: " + name + "\n// description: A case\n"
                + "// param: id string optional — An id\n// max-rows: 10\n\n" + cypher);
    }

    private static List<QueryFiles.QueryFile> mixedFiles() {
        return List.of(
                file("a/good.cypher", "good", "MATCH (e:Entity) WHERE $id IS NULL OR e.id = $id "
                        + "RETURN e.id AS id, e.name AS name LIMIT $maxRows"),
                new QueryFiles.QueryFile("a/no-header.cypher", "test", "MATCH (e) RETURN e LIMIT $maxRows"),
                file("a/broken.cypher", "broken", "MATCH (e:Entity WHERE e.id = $id RETURN e LIMIT $maxRows"),
                file("b/writes.cypher", "writes", "MERGE (e:Entity {id: $id}) RETURN e LIMIT $maxRows"),
                file("b/deletes.cypher", "deletes", "MATCH (e:Entity {id: $id}) DETACH DELETE e "
                        + "RETURN count(*) AS n LIMIT $maxRows"),
                file("b/hidden-parameter.cypher", "hidden-parameter",
                        "RETURN $id AS id, $`other id` AS other LIMIT $maxRows"),
                file("c/good.cypher", "good", "RETURN $id AS id LIMIT $maxRows"));
    }

    @Test
    void badFilesAreListedWithTheirReasonAndTheOthersLoad(CapturedOutput output) {
        var catalog = QueryCatalog.read(graph, mixedFiles()).checkAll();

        assertThat(catalog.queries()).extracting(SavedQuery::name).containsExactly("good");
        assertThat(catalog.get("good").columns()).containsExactly("id", "name");
        assertThat(catalog.invalid()).extracting(i -> i.name() + ": " + i.problem()).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).startsWith("a/no-header.cypher: no header"),
                p -> assertThat(p).startsWith("broken: does not compile: Invalid input"),
                p -> assertThat(p).isEqualTo("writes: is not read-only: Neo4j plans it as READ_WRITE; "
                        + "saved queries may only read"),
                p -> assertThat(p).startsWith("deletes: is not read-only: Neo4j plans it as"),
                p -> assertThat(p).startsWith("hidden-parameter: uses undeclared parameters"),
                p -> assertThat(p).isEqualTo("good (c/good.cypher): the name 'good' is already used by "
                        + "a/good.cypher"));
        assertThat(output).contains("Saved query writes (b/writes.cypher) is invalid and will not run: is not "
                + "read-only").contains("Saved query a/no-header.cypher (test) is invalid and will not run");
    }

    @Test
    void anInvalidQueryCannotRunAndAnUnknownNameIsNotFound() {
        var catalog = QueryCatalog.read(graph, mixedFiles()).checkAll();

        assertThatThrownBy(() -> catalog.get("writes"))
                .isInstanceOfSatisfying(QueryUnavailableException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT))
                .hasMessageStartingWith("Saved query 'writes' is invalid and cannot run: is not read-only");
        assertThatThrownBy(() -> catalog.get("nothing")).isInstanceOf(NotFoundException.class)
                .hasMessage("No saved query named 'nothing'");
    }

    @Test
    void withoutTheStartUpCheckAQueryIsPlannedWhenFirstAskedFor() {
        var catalog = QueryCatalog.read(graph, mixedFiles());

        assertThat(catalog.queries()).extracting(SavedQuery::name).contains("good", "writes");
        assertThat(catalog.get("good").columns()).containsExactly("id", "name");
        assertThatThrownBy(() -> catalog.get("writes")).isInstanceOf(QueryUnavailableException.class);
        assertThat(catalog.queries()).extracting(SavedQuery::name).doesNotContain("writes");
    }

    @Test
    void aQueryThatDoesWhatASavedQueryMayNotIsRefusedWithTheReasonAndTheOthersRun() {
        var catalog = QueryCatalog.read(graph, List.of(
                file("r/reads-a-file.cypher", "reads-a-file", "LOAD CSV FROM $id AS row RETURN row LIMIT $maxRows"),
                file("r/settings.cypher", "settings", "SHOW SETTINGS YIELD name WHERE name = $id "
                        + "RETURN name LIMIT $maxRows"),
                file("r/config.cypher", "config", "CALL dbms.listConfig($id) YIELD name RETURN name LIMIT $maxRows"),
                file("r/batches.cypher", "batches", "CALL { MATCH (e:Entity {id: $id}) RETURN e } IN TRANSACTIONS "
                        + "RETURN e.id AS id LIMIT $maxRows"),
                file("r/elsewhere.cypher", "elsewhere", "USE system MATCH (e {id: $id}) RETURN e LIMIT $maxRows"),
                file("r/labels.cypher", "labels", "CALL db.labels() YIELD label WHERE label <> $id "
                        + "RETURN label, 'LOAD CSV' AS show LIMIT $maxRows"))).checkAll();

        assertThat(catalog.queries()).extracting(SavedQuery::name).containsExactly("labels");
        assertThat(catalog.invalid()).extracting(i -> i.name() + ": " + i.problem()).satisfiesExactlyInAnyOrder(
                p -> assertThat(p).startsWith("reads-a-file: uses LOAD CSV, which reads files and URLs"),
                p -> assertThat(p).startsWith("settings: is an administration command (SHOW SETTINGS ...)"),
                p -> assertThat(p).startsWith("config: calls the procedure dbms.listConfig, which is not among"),
                p -> assertThat(p).startsWith("batches: uses CALL { ... } IN TRANSACTIONS"),
                p -> assertThat(p).startsWith("elsewhere: uses USE system"));
        assertThatThrownBy(() -> catalog.get("reads-a-file")).isInstanceOf(QueryUnavailableException.class)
                .hasMessageStartingWith("Saved query 'reads-a-file' is invalid and cannot run: uses LOAD CSV");
    }

    @Test
    void everyShippedQueryPassesItsChecks() {
        var catalog = QueryCatalog.read(graph, QueryFiles.shipped()).checkAll();

        assertThat(catalog.invalid()).isEmpty();
        assertThat(catalog.queries()).hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(q -> assertThat(q.columns()).as(q.name()).contains("sources")
                        .as("the columns the documentation reads from the text")
                        .isEqualTo(CypherText.of(q.cypher()).returnColumns()));
    }
}
