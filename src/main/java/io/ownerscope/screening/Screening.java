package io.ownerscope.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.matching.MatchIdentifier;
import io.ownerscope.matching.MatchRecord;
import io.ownerscope.matching.MatchScore;
import io.ownerscope.matching.NameMatcher;
import io.ownerscope.matching.Schema;

/**
 * Screens a party against the graph: its candidates come in one read of the name-key index (and of the identifier
 * indexes when the query states identifiers), each is scored by the matcher with the features that made its score,
 * and the best come first.
 */
public class Screening {

    private static final String CANDIDATES = Cypher.load("screening/candidates.cypher");
    private static final String BY_IDENTIFIER = Cypher.load("screening/by-identifier.cypher");
    private static final String CANDIDATES_BATCH = Cypher.load("screening/candidates-batch.cypher");
    /** The identifier schemes the graph indexes, by the property that holds them. */
    private static final Map<String, String> INDEXED = Map.of("inn", "inn", "ogrn", "ogrn", "bin", "bin",
            "lei", "lei", "registration", "registrationNumber");

    /** The identifier properties answered (FollowTheMoney's names; BIN is ownerscope's), by the matcher's scheme. */
    static final Map<String, String> IDENTIFIER_PROPERTIES = Map.of("innCode", "inn", "ogrnCode", "ogrn", "binCode",
            "bin", "leiCode", "lei", "registrationNumber", "registration", "taxNumber", "tax", "imoNumber", "imo");

    /**
     * One candidate and its score.
     *
     * @param properties what the entity states, by FollowTheMoney property name
     */
    public record Candidate(String id, String caption, Schema schema, Map<String, List<String>> properties,
            List<String> datasets, boolean listed, MatchScore score) {
    }

    private final Graph graph;
    private final NameMatcher matcher;
    private final FrequentKeys frequentKeys;
    private final ScreeningSettings settings;

    Screening(Graph graph, NameMatcher matcher, FrequentKeys frequentKeys, ScreeningSettings settings) {
        this.graph = graph;
        this.matcher = matcher;
        this.frequentKeys = frequentKeys;
        this.settings = settings;
    }

    public double threshold() {
        return settings.threshold();
    }

    /** The candidates of a query, best first, at most {@code limit}, whatever their score. */
    public List<Candidate> screen(MatchRecord query, int limit) {
        return screen(query, frequentKeys.query(MatchKeys.indexed(query.schema(), query.names())), limit);
    }

    /** As {@link #screen(MatchRecord, int)}, with the look-up query of its name keys already made. */
    private List<Candidate> screen(MatchRecord query, String keyQuery, int limit) {
        var found = new LinkedHashMap<String, Candidate>();
        var identifiers = identifierParameters(query.identifiers());
        graph.read(tx -> {
            if (!keyQuery.isEmpty()) {
                tx.run(CANDIDATES, Map.of("query", keyQuery, "limit", settings.candidates()))
                        .forEachRemaining(row -> found.putIfAbsent(row.get("id").asString(), candidate(row.asMap())));
            }
            if (identifiers != null) {
                tx.run(BY_IDENTIFIER, identifiers)
                        .forEachRemaining(row -> found.putIfAbsent(row.get("id").asString(), candidate(row.asMap())));
            }
            return null;
        });
        return scored(query, found.values(), limit);
    }

    /**
     * The candidates of many queries, read in one round trip and scored: a spreadsheet's rows. A query that
     * states an identifier is screened alone, through the identifier indexes too.
     */
    @SuppressWarnings("unchecked")
    public List<List<Candidate>> screenAll(List<MatchRecord> queries, int limit) {
        var results = new ArrayList<List<Candidate>>();
        var rows = new ArrayList<Map<String, Object>>();
        var keyQueries = frequentKeys.queries(queries.stream()
                .map(query -> MatchKeys.indexed(query.schema(), query.names())).toList());
        for (int i = 0; i < queries.size(); i++) {
            results.add(null);
            var query = queries.get(i);
            var keys = keyQueries.get(i);
            if (!query.identifiers().isEmpty() || keys.isEmpty()) {
                results.set(i, screen(query, keys, limit));
            } else {
                rows.add(Map.of("index", i, "query", keys));
            }
        }
        if (!rows.isEmpty()) {
            graph.read(tx -> {
                tx.run(CANDIDATES_BATCH, Map.of("rows", rows, "limit", settings.candidates())).forEachRemaining(row -> {
                    int index = row.get("index").asInt();
                    var candidates = row.get("candidates").asList(value -> candidate(value.asMap()));
                    results.set(index, scored(queries.get(index), candidates, limit));
                });
                return null;
            });
        }
        return results;
    }

    private List<Candidate> scored(MatchRecord query, Collection<Candidate> found, int limit) {
        var scored = new ArrayList<Candidate>();
        for (var candidate : found) {
            if (!query.schema().canMatch(candidate.schema())) {
                continue;
            }
            var record = new MatchRecord(candidate.schema(), names(candidate), identifiers(candidate),
                    candidate.properties().getOrDefault("birthDate", List.of()),
                    candidate.properties().getOrDefault("country", List.of()), List.of());
            scored.add(new Candidate(candidate.id(), candidate.caption(), candidate.schema(),
                    candidate.properties(), candidate.datasets(), candidate.listed(), matcher.score(query, record)));
        }
        scored.sort(Comparator.comparingDouble((Candidate c) -> c.score().score()).reversed()
                .thenComparing(Candidate::id));
        return scored.stream().limit(limit).toList();
    }

    private Map<String, Object> identifierParameters(List<MatchIdentifier> identifiers) {
        var values = new LinkedHashMap<String, Object>();
        INDEXED.values().forEach(property -> values.put(property, new ArrayList<String>()));
        var any = false;
        for (var identifier : identifiers) {
            var property = INDEXED.get(identifier.scheme());
            var normalized = identifier.normalized();
            if (property != null && normalized != null) {
                @SuppressWarnings("unchecked")
                var list = (List<String>) values.get(property);
                list.add(normalized);
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        values.put("limit", settings.candidates());
        return values;
    }

    private static List<String> names(Candidate candidate) {
        var names = new ArrayList<String>();
        names.addAll(candidate.properties().getOrDefault("name", List.of()));
        names.addAll(candidate.properties().getOrDefault("alias", List.of()));
        return names;
    }

    private static List<MatchIdentifier> identifiers(Candidate candidate) {
        var identifiers = new ArrayList<MatchIdentifier>();
        IDENTIFIER_PROPERTIES.forEach((property, scheme) -> candidate.properties().getOrDefault(property, List.of())
                .forEach(value -> identifiers.add(new MatchIdentifier(scheme, value))));
        return identifiers;
    }

    @SuppressWarnings("unchecked")
    private static Candidate candidate(Map<String, Object> row) {
        var labels = (List<String>) row.get("labels");
        var schema = MatchKeys.schemaOf(labels);
        var properties = new LinkedHashMap<String, List<String>>();
        put(properties, "name", row.get("name"));
        var aliases = (List<String>) row.getOrDefault("aliases", List.of());
        if (!aliases.isEmpty()) {
            properties.put("alias", List.copyOf(aliases));
        }
        put(properties, schema.isPerson() ? "nationality" : "jurisdiction", row.get("country"));
        put(properties, "country", row.get("country"));
        put(properties, "country", row.get("nationality"));
        put(properties, "birthDate", schema.isPerson() ? row.get("birthDate") : null);
        put(properties, "incorporationDate", row.get("incorporationDate"));
        put(properties, "innCode", row.get("inn"));
        put(properties, "ogrnCode", row.get("ogrn"));
        put(properties, "binCode", row.get("bin"));
        put(properties, "leiCode", row.get("lei"));
        put(properties, "registrationNumber", row.get("registrationNumber"));
        put(properties, "imoNumber", row.get("imo"));
        var id = (String) row.get("id");
        var dataset = (String) row.get("dataset");
        var name = row.get("name") instanceof String stated ? stated : id;
        return new Candidate(id, name, schema, properties, dataset == null ? List.of() : List.of(dataset),
                Boolean.TRUE.equals(row.get("listed")), null);
    }

    private static void put(Map<String, List<String>> properties, String name, Object value) {
        if (value == null) {
            return;
        }
        var text = value.toString();
        if (text.isBlank()) {
            return;
        }
        var values = properties.computeIfAbsent(name, k -> new ArrayList<>());
        if (!values.contains(text)) {
            values.add(name.equals("country") || name.equals("jurisdiction") || name.equals("nationality")
                    ? text.toLowerCase(Locale.ROOT) : text);
        }
    }
}
