package io.ownerscope.queries;

import java.util.List;
import java.util.Optional;

/**
 * One saved query: its header and its Cypher text, as read from {@code cypher/queries/<topic>/<file>.cypher}.
 *
 * @param file the path under the queries folder, e.g. {@code addresses/shared-address-with-designated.cypher}
 * @param topic the folder it sits in ({@code addresses}); empty at the top level
 * @param basis the rule, red flag or source the query encodes; empty when the header gives none
 * @param maxRows the row cap: a run returns at most this many rows and says when there were more
 * @param cypher the whole file, header included, exactly as it is sent to Neo4j
 * @param columns the columns it returns, as Neo4j planned it; empty until the catalog has checked it
 */
record SavedQuery(String name, String file, String topic, String description, String basis,
        List<QueryParameter> parameters, int maxRows, String cypher, List<String> columns) {

    /** The reserved parameter that bounds every query ({@code LIMIT $maxRows}); the runner sets it. */
    static final String MAX_ROWS = "maxRows";

    Optional<QueryParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    SavedQuery withColumns(List<String> planned) {
        return new SavedQuery(name, file, topic, description, basis, parameters, maxRows, cypher,
                List.copyOf(planned));
    }
}
