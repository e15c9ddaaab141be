package io.ownerscope.queries;

import java.util.List;
import java.util.Map;

/**
 * The answer of a saved query, as JSON.
 *
 * @param parameters the values it ran with, defaults included
 * @param rows one object per row, keyed by column
 * @param truncated the query had more rows than its cap {@code maxRows}; only the first {@code maxRows} are here
 */
record QueryResult(String query, Map<String, Object> parameters, List<String> columns,
        List<Map<String, Object>> rows, int rowCount, int maxRows, boolean truncated) {
}
