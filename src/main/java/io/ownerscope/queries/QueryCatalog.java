package io.ownerscope.queries;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ownerscope.graph.Graph;
import io.ownerscope.system.NotFoundException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.QueryType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The saved queries the service offers, checked once at start-up: a file whose header is malformed, whose Cypher
 * does not compile, or whose plan is not read-only is logged with its name and reason and listed as invalid; the
 * others load.
 */
final class QueryCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(QueryCatalog.class);
    private static final String PARAMETER_NOT_PROVIDED = "Neo.ClientNotification.Statement.ParameterNotProvided";

    /** A query file that cannot run, and why. {@code name} is the file when the header gave none. */
    record InvalidQuery(String name, String file, String problem) {
    }

    private final Map<String, SavedQuery> queries;
    private final Map<String, InvalidQuery> invalid;

    private QueryCatalog(Map<String, SavedQuery> queries, Map<String, InvalidQuery> invalid) {
        this.queries = queries;
        this.invalid = invalid;
    }

    /** Parses every file and has Neo4j plan (EXPLAIN) each one, in a read transaction. */
    static QueryCatalog check(Graph graph, List<QueryFiles.QueryFile> files) {
        var queries = new LinkedHashMap<String, SavedQuery>();
        var invalid = new LinkedHashMap<String, InvalidQuery>();
        for (var file : files) {
            SavedQuery query = null;
            try {
                query = QueryFileParser.parse(file.file(), file.text());
                var clash = queries.get(query.name());
                if (clash != null) {
                    throw new InvalidQueryException("the name '" + query.name() + "' is already used by "
                            + clash.file());
                }
                queries.put(query.name(), plan(graph, query));
            } catch (InvalidQueryException e) {
                var name = query != null ? query.name() : file.file();
                var problem = new InvalidQuery(name, file.file(), e.getMessage());
                invalid.putIfAbsent(name, problem);
                LOG.warn("Saved query '{}' ({}, {}) is invalid and will not run: {}", name, file.file(), file.origin(),
                        e.getMessage());
            }
        }
        LOG.info("Loaded {} saved queries{}", queries.size(), invalid.isEmpty() ? "" : "; " + invalid.size()
                + " invalid: " + String.join(", ", invalid.keySet()));
        return new QueryCatalog(queries, invalid);
    }

    /** EXPLAIN with the defaults, or typed sample values: compiles it and tells its query type and columns. */
    private static SavedQuery plan(Graph graph, SavedQuery query) {
        var parameters = new HashMap<String, Object>();
        for (var parameter : query.parameters()) {
            parameters.put(parameter.name(), parameter.defaultValue() != null
                    ? parameter.defaultValue() : parameter.type().sample());
        }
        parameters.put(SavedQuery.MAX_ROWS, (long) query.maxRows() + 1);
        record Plan(List<String> columns, QueryType type, List<String> missingParameters) {
        }
        Plan plan;
        try {
            plan = graph.read(tx -> {
                var result = tx.run("EXPLAIN " + query.cypher(), parameters);
                var columns = result.keys();
                var summary = result.consume();
                var missing = summary.notifications().stream()
                        .filter(n -> PARAMETER_NOT_PROVIDED.equals(n.code()))
                        .map(n -> n.description())
                        .toList();
                return new Plan(columns, summary.queryType(), missing);
            });
        } catch (ClientException e) {
            throw new InvalidQueryException("does not compile: " + firstLine(e.getMessage()));
        }
        if (plan.type() != QueryType.READ_ONLY) {
            throw new InvalidQueryException("is not read-only: Neo4j plans it as " + plan.type()
                    + "; saved queries may only read");
        }
        if (!plan.missingParameters().isEmpty()) {
            throw new InvalidQueryException("uses undeclared parameters: " + plan.missingParameters().getFirst());
        }
        return query.withColumns(plan.columns());
    }

    private static String firstLine(String message) {
        var text = String.valueOf(message).strip();
        var newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip();
    }

    List<SavedQuery> queries() {
        return List.copyOf(queries.values());
    }

    List<InvalidQuery> invalid() {
        return List.copyOf(invalid.values());
    }

    /** The query to run or show; an unknown name is a 404, an invalid one a 409 with its reason. */
    SavedQuery get(String name) {
        var query = queries.get(name);
        if (query != null) {
            return query;
        }
        var problem = invalid.get(name);
        if (problem != null) {
            throw new QueryUnavailableException(name, problem.problem());
        }
        throw new NotFoundException("No saved query named '" + name + "'");
    }
}
