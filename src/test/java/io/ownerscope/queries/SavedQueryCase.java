package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.ownerscope.graph.Graph;
import io.ownerscope.loading.InputFile;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import io.ownerscope.testing.TestLoads;
import org.junit.jupiter.api.BeforeEach;

/**
 * A shipped saved query run on the smallest graph that shows its case: each test loads a few inline canonical CSV
 * rows and runs the query by name, as the API and the command line do.
 */
abstract class SavedQueryCase {

    private static QueryCatalog catalog;

    Graph graph;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());
        catalog = shippedCatalog(graph);
    }

    private static synchronized QueryCatalog shippedCatalog(Graph graph) {
        if (catalog == null) {
            catalog = QueryCatalog.read(graph, QueryFiles.shipped()).checkAll();
            assertThat(catalog.invalid()).isEmpty();
        }
        return catalog;
    }

    void load(InputFile... files) {
        var report = TestLoads.service(graph, 100).load(List.of(files), "case", "test");
        assertThat(report.rejects()).isEmpty();
    }

    QueryResult run(String name, Map<String, ?> parameters) {
        var query = catalog.get(name);
        var arguments = QueryArguments.fromJson(query, parameters);
        var rows = new CollectedRows(query, arguments);
        new QueryRunner(graph).run(query, arguments, rows);
        return rows.result();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> row, String column) {
        return (List<Object>) row.get(column);
    }

    static List<Object> column(QueryResult result, String column) {
        return result.rows().stream().map(row -> row.get(column)).toList();
    }
}
