package io.ownerscope.queries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import io.ownerscope.graph.Graph;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Runs a saved query in a read transaction, under the configured timeout, and stops at its row cap: it asks for
 * one row more than the cap ({@code $maxRows}) so that it can tell a complete answer from a cut-short one.
 */
final class QueryRunner {

    private final Graph graph;

    QueryRunner(Graph graph) {
        this.graph = graph;
    }

    /**
     * @param arguments the typed parameters (see {@link QueryArguments})
     * @throws QueryTimeoutException when Neo4j stops the query at the timeout
     */
    RowSink.RunSummary run(SavedQuery query, Map<String, Object> arguments, RowSink sink) {
        var parameters = new HashMap<>(arguments);
        parameters.put(SavedQuery.MAX_ROWS, (long) query.maxRows() + 1);
        RowSink.RunSummary summary;
        try {
            summary = graph.read(tx -> {
                var result = tx.run(query.cypher(), parameters);
                sink.start(result.keys());
                int rows = 0;
                while (result.hasNext()) {
                    var record = result.next();
                    if (rows == query.maxRows()) {
                        return new RowSink.RunSummary(rows, query.maxRows(), true);
                    }
                    var values = new ArrayList<Object>(record.size());
                    record.values().forEach(value -> values.add(Values.plain(value)));
                    sink.row(values);
                    rows++;
                }
                return new RowSink.RunSummary(rows, query.maxRows(), false);
            });
        } catch (Neo4jException e) {
            if (String.valueOf(e.code()).contains("TransactionTimedOut")) {
                throw new QueryTimeoutException(query.name(), graph.settings().timeout());
            }
            throw e;
        }
        sink.finish(summary);
        return summary;
    }
}
