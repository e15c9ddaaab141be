package io.ownerscope.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ownerscope.matching.MatchIdentifier;
import io.ownerscope.matching.MatchRecord;
import io.ownerscope.system.BadRequestException;

/**
 * Reads the body of {@code POST /api/match} as yente takes it: {@code {"queries": {"KEY": {"schema": "Company",
 * "properties": {"name": [...], ...}}}}}. A malformed query is refused with its key and property named.
 */
final class MatchRequests {

    /** The FollowTheMoney properties a query may state; every value is a list of strings (or one string). */
    static final Set<String> PROPERTIES = Set.of("name", "alias", "country", "nationality", "jurisdiction",
            "birthDate", "incorporationDate", "innCode", "ogrnCode", "binCode", "leiCode", "registrationNumber",
            "taxNumber", "imoNumber", "address");
    static final Set<String> SCHEMATA = Set.of("Person", "Company", "Organization", "LegalEntity", "PublicBody");

    /** One query: its client key, what the matcher compares, and the properties as given (echoed back). */
    record Query(String key, String schema, MatchRecord record, Map<String, List<String>> properties) {
    }

    private MatchRequests() {
    }

    static List<Query> parse(Map<String, Object> body, int maxQueries) {
        if (body == null || !(body.get("queries") instanceof Map<?, ?> queries)) {
            throw new BadRequestException("the body needs \"queries\": an object of client keys to queries, e.g. "
                    + "{\"queries\": {\"q1\": {\"schema\": \"Company\", \"properties\": {\"name\": [\"...\"]}}}}");
        }
        if (queries.isEmpty()) {
            throw new BadRequestException("queries is empty: give at least one query");
        }
        if (queries.size() > maxQueries) {
            throw new BadRequestException("queries has " + queries.size() + " queries; at most " + maxQueries
                    + " are allowed in one request");
        }
        var parsed = new ArrayList<Query>();
        queries.forEach((key, query) -> parsed.add(query(String.valueOf(key), query)));
        return parsed;
    }

    private static Query query(String key, Object value) {
        var where = "queries." + key;
        if (!(value instanceof Map<?, ?> query)) {
            throw new BadRequestException(where + ": expected an object with schema and properties");
        }
        var schema = query.get("schema") == null ? "LegalEntity" : String.valueOf(query.get("schema"));
        if (!SCHEMATA.contains(schema)) {
            throw new BadRequestException(where + ".schema: '" + schema + "' is not allowed; expected one of "
                    + String.join(", ", SCHEMATA.stream().sorted().toList()));
        }
        if (!(query.get("properties") instanceof Map<?, ?> given)) {
            throw new BadRequestException(where + ".properties: expected an object of property names to lists "
                    + "of values");
        }
        var properties = new LinkedHashMap<String, List<String>>();
        given.forEach((name, values) -> {
            var property = String.valueOf(name);
            if (!PROPERTIES.contains(property)) {
                throw new BadRequestException(where + ".properties." + property + ": unknown property; allowed: "
                        + String.join(", ", PROPERTIES.stream().sorted().toList()));
            }
            properties.put(property, strings(where + ".properties." + property, values));
        });
        var names = new ArrayList<String>();
        names.addAll(properties.getOrDefault("name", List.of()));
        names.addAll(properties.getOrDefault("alias", List.of()));
        names.removeIf(String::isBlank);
        if (names.isEmpty()) {
            throw new BadRequestException(where + ".properties.name: at least one name is needed");
        }
        var identifiers = new ArrayList<MatchIdentifier>();
        Screening.IDENTIFIER_PROPERTIES.forEach((property, scheme) -> properties.getOrDefault(property, List.of())
                .forEach(v -> identifiers.add(new MatchIdentifier(scheme, v))));
        var dates = new ArrayList<String>(properties.getOrDefault("birthDate", List.of()));
        dates.addAll(properties.getOrDefault("incorporationDate", List.of()));
        var countries = new ArrayList<String>(properties.getOrDefault("country", List.of()));
        countries.addAll(properties.getOrDefault("nationality", List.of()));
        countries.addAll(properties.getOrDefault("jurisdiction", List.of()));
        var record = new MatchRecord(MatchKeys.parseSchema(schema), names, identifiers, dates, countries,
                properties.getOrDefault("address", List.of()));
        return new Query(key, schema, record, properties);
    }

    private static List<String> strings(String where, Object values) {
        if (values instanceof String one) {
            return List.of(one);
        }
        if (!(values instanceof List<?> list)) {
            throw new BadRequestException(where + ": expected a list of strings");
        }
        var strings = new ArrayList<String>();
        for (var value : list) {
            if (!(value instanceof String || value instanceof Number)) {
                throw new BadRequestException(where + ": expected a list of strings, found " + value);
            }
            var text = String.valueOf(value);
            if (text.length() > 500) {
                throw new BadRequestException(where + ": a value has " + text.length() + " characters; at most 500");
            }
            strings.add(text);
        }
        if (strings.size() > 50) {
            throw new BadRequestException(where + ": " + strings.size() + " values; at most 50");
        }
        return strings;
    }
}
