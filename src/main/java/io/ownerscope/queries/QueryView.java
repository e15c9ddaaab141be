package io.ownerscope.queries;

import java.util.List;

/**
 * A saved query as the catalog shows it: what it answers, what it takes, what it returns.
 *
 * @param file where it lives under {@code cypher/queries/}
 * @param columns the columns of its answer
 */
record QueryView(String name, String topic, String description, String basis, List<ParameterView> parameters,
        int maxRows, List<String> columns, String file) {

    /** @param defaultValue the value used when the caller gives none; {@code null} if none */
    record ParameterView(String name, String type, boolean required, Object defaultValue, String description) {
    }

    /** The whole catalog: the queries that run, and the files that failed their start-up check. */
    record Catalog(List<QueryView> queries, List<QueryCatalog.InvalidQuery> invalid) {
    }

    /** One query with its Cypher. */
    record Definition(String name, String topic, String description, String basis, List<ParameterView> parameters,
            int maxRows, List<String> columns, String file, String cypher) {
    }

    static QueryView of(SavedQuery query) {
        return new QueryView(query.name(), query.topic(), query.description(), query.basis(), parameters(query),
                query.maxRows(), query.columns(), query.file());
    }

    static Definition definition(SavedQuery query) {
        return new Definition(query.name(), query.topic(), query.description(), query.basis(), parameters(query),
                query.maxRows(), query.columns(), query.file(), query.cypher());
    }

    private static List<ParameterView> parameters(SavedQuery query) {
        return query.parameters().stream()
                .map(p -> new ParameterView(p.name(), p.type().toString(), p.required(),
                        Values.plain(p.defaultValue()), p.description()))
                .toList();
    }
}
