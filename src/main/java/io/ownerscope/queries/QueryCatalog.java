package io.ownerscope.queries;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.ownerscope.graph.Graph;
import io.ownerscope.system.NotFoundException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.QueryType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The saved queries on offer. Each file is read when the catalog is built: a malformed header is reported then,
 * by file and reason. Each query is then planned by Neo4j (EXPLAIN) before it may run: one that does not compile
 * or whose plan is not read-only is reported and listed as invalid, as is one that does what a saved query may not
 * ({@link UnsafeCypher} on the text, before it is planned, and {@link UnsafePlan} on the plan); the others run. The
 * service plans them all as it starts ({@link QueryCatalogCheck}); a query asked for before its turn is planned then; the command line
 * plans only the one it runs.
 */
final class QueryCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(QueryCatalog.class);
    private static final String PARAMETER_NOT_PROVIDED = "Neo.ClientNotification.Statement.ParameterNotProvided";

    /** A query file that cannot run, and why. {@code name} is the file when the header gave none. */
    record InvalidQuery(String name, String file, String problem) {
    }

    /** Asked for when a query is first planned, so that reading the headers (listing the catalog) starts no store. */
    private final Supplier<Graph> graph;
    /** Every query whose header is valid, in file order; replaced by its checked form once planned. */
    private final Map<String, SavedQuery> queries;
    private final Set<String> checked = new HashSet<>();
    private final Map<String, InvalidQuery> invalid;

    private QueryCatalog(Supplier<Graph> graph, Map<String, SavedQuery> queries, Map<String, InvalidQuery> invalid) {
        this.graph = graph;
        this.queries = queries;
        this.invalid = invalid;
    }

    /** Reads every file's header; a malformed one, or a name used twice, is logged and listed as invalid. */
    static QueryCatalog read(Graph graph, List<QueryFiles.QueryFile> files) {
        return read(() -> graph, files);
    }

    /** As {@link #read(Graph, List)}, with the graph asked for only when a query is first planned. */
    static QueryCatalog read(Supplier<Graph> graph, List<QueryFiles.QueryFile> files) {
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
                queries.put(query.name(), query);
            } catch (InvalidQueryException e) {
                var name = query != null ? query.name() + " (" + file.file() + ")" : file.file();
                invalid.put(name, new InvalidQuery(name, file.file(), e.getMessage()));
                LOG.warn("Saved query {} ({}) is invalid and will not run: {}", name, file.origin(), e.getMessage());
            }
        }
        return new QueryCatalog(graph, queries, invalid);
    }

    /** Plans every query not yet planned; those that fail are logged and listed as invalid. */
    QueryCatalog checkAll() {
        return checkAll(() -> false);
    }

    /** As {@link #checkAll()}, stopping before the next query once {@code stop} says so. */
    QueryCatalog checkAll(BooleanSupplier stop) {
        for (var name : names()) {
            if (stop.getAsBoolean()) {
                break;
            }
            check(name);
        }
        return this;
    }

    private synchronized List<String> names() {
        return List.copyOf(queries.keySet());
    }

    /** The queries that passed their checks so far (all of them after {@link #checkAll()}), in file order. */
    synchronized List<SavedQuery> queries() {
        return List.copyOf(queries.values());
    }

    synchronized List<InvalidQuery> invalid() {
        return List.copyOf(invalid.values());
    }

    /** The query to run or show, planned; an unknown name is a 404, an invalid query a 409 with its reason. */
    synchronized SavedQuery get(String name) {
        if (queries.containsKey(name) && check(name)) {
            return queries.get(name);
        }
        var problem = invalid.get(name);
        if (problem != null) {
            throw new QueryUnavailableException(name, problem.problem());
        }
        throw new NotFoundException("No saved query named '" + name + "'");
    }

    private synchronized boolean check(String name) {
        if (!queries.containsKey(name)) {
            return false;
        }
        if (checked.contains(name)) {
            return true;
        }
        var query = queries.get(name);
        try {
            queries.put(name, plan(query));
            checked.add(name);
            return true;
        } catch (InvalidQueryException e) {
            queries.remove(name);
            invalid.put(name, new InvalidQuery(name, query.file(), e.getMessage()));
            LOG.warn("Saved query {} ({}) is invalid and will not run: {}", name, query.file(), e.getMessage());
            return false;
        }
    }

    /**
     * EXPLAIN with the defaults, or typed sample values: compiles it and tells its query type and columns. A text
     * that does what a saved query may not is refused before it reaches Neo4j.
     */
    private SavedQuery plan(SavedQuery query) {
        var text = UnsafeCypher.check(query.cypher());
        text.refusal().ifPresent(refusal -> {
            throw new InvalidQueryException(refusal);
        });
        var parameters = new HashMap<String, Object>();
        for (var parameter : query.parameters()) {
            parameters.put(parameter.name(), parameter.defaultValue() != null
                    ? parameter.defaultValue() : parameter.type().sample());
        }
        parameters.put(SavedQuery.MAX_ROWS, (long) query.maxRows() + 1);
        record Plan(List<String> columns, QueryType type, List<String> missingParameters, Optional<String> refusal) {
        }
        Plan plan;
        var graph = this.graph.get();
        try {
            plan = graph.read(tx -> {
                var result = tx.run("EXPLAIN " + query.cypher(), parameters);
                var columns = result.keys();
                var summary = result.consume();
                var missing = summary.notifications().stream()
                        .filter(n -> PARAMETER_NOT_PROVIDED.equals(n.code()))
                        .map(n -> n.description())
                        .toList();
                var refusal = summary.hasPlan() ? UnsafePlan.refusal(summary.plan()) : Optional.<String>empty();
                return new Plan(columns, summary.queryType(), missing, refusal);
            });
        } catch (ClientException e) {
            if (String.valueOf(e.code()).contains("TransactionTimedOut")) {
                throw new InvalidQueryException("could not be planned within the timeout of "
                        + graph.settings().timeout());
            }
            throw new InvalidQueryException("does not compile: " + firstLine(e.getMessage()));
        }
        if (plan.type() != QueryType.READ_ONLY) {
            throw new InvalidQueryException("is not read-only: Neo4j plans it as " + plan.type()
                    + "; saved queries may only read");
        }
        if (plan.refusal().isPresent()) {
            throw new InvalidQueryException(plan.refusal().get());
        }
        if (!text.readable()) {
            throw new InvalidQueryException("compiles, but Cypher's grammar here cannot read it, so it cannot be "
                    + "checked for what saved queries may not do");
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
}
