package io.ownerscope.queries;

import java.util.List;

/** Where the rows of a run go, as they come from Neo4j: collected for JSON, or written out as CSV or a table. */
interface RowSink {

    /**
     * Called once the query has started, before any row; called again only if Neo4j had the transaction retried,
     * which a sink that already wrote rows out must refuse.
     */
    void start(List<String> columns);

    /** One row, its values plain (see {@link Values}), in column order. */
    void row(List<Object> values);

    /** After the last row: how many there were and whether the row cap cut the answer short. */
    void finish(RunSummary summary);

    /**
     * @param rows rows returned
     * @param maxRows the query's row cap
     * @param truncated there were more rows than the cap; only the first {@code maxRows} are returned
     */
    record RunSummary(int rows, int maxRows, boolean truncated) {
    }
}
