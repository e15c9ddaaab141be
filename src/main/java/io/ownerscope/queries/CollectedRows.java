package io.ownerscope.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the rows of a run (at most its row cap) for one JSON answer. */
final class CollectedRows implements RowSink {

    private final SavedQuery query;
    private final Map<String, Object> parameters;
    private List<String> columns = List.of();
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private QueryResult result;

    CollectedRows(SavedQuery query, Map<String, Object> parameters) {
        this.query = query;
        this.parameters = parameters;
    }

    @Override
    public void start(List<String> columns) {
        this.columns = List.copyOf(columns);
        rows.clear();
    }

    @Override
    public void row(List<Object> values) {
        var row = new LinkedHashMap<String, Object>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), values.get(i));
        }
        rows.add(row);
    }

    @Override
    public void finish(RunSummary summary) {
        var shown = new LinkedHashMap<String, Object>();
        parameters.forEach((name, value) -> shown.put(name, Values.plain(value)));
        result = new QueryResult(query.name(), shown, columns, List.copyOf(rows), summary.rows(), summary.maxRows(),
                summary.truncated());
    }

    QueryResult result() {
        return result;
    }
}
