package io.ownerscope.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.ownerscope.matching.MatchIdentifier;
import io.ownerscope.matching.MatchRecord;
import io.ownerscope.matching.Schema;

/**
 * What the matcher compares of an entity read from the graph: a row with {@code labels}, {@code name},
 * {@code aliases}, {@code country}, {@code nationality}, {@code birthDate} and the identifier properties.
 */
public final class EntityRecords {

    private EntityRecords() {
    }

    public static Schema schemaOf(List<String> labels) {
        return MatchKeys.schemaOf(labels);
    }

    /** The record, or null when the entity has no name to compare. */
    @SuppressWarnings("unchecked")
    public static MatchRecord of(Map<String, Object> row) {
        var schema = schemaOf((List<String>) row.getOrDefault("labels", List.of()));
        var names = new ArrayList<String>();
        if (row.get("name") instanceof String name && !name.isBlank()) {
            names.add(name);
        }
        if (row.get("aliases") instanceof List<?> aliases) {
            aliases.forEach(alias -> names.add(String.valueOf(alias)));
        }
        if (names.isEmpty()) {
            return null;
        }
        var identifiers = new ArrayList<MatchIdentifier>();
        for (var scheme : List.of("inn", "ogrn", "bin", "lei")) {
            if (row.get(scheme) instanceof String value) {
                identifiers.add(new MatchIdentifier(scheme, value));
            }
        }
        if (row.get("registrationNumber") instanceof String value) {
            identifiers.add(new MatchIdentifier("registration", value));
        }
        var countries = new ArrayList<String>();
        for (var key : List.of("country", "nationality")) {
            if (row.get(key) instanceof String country && !countries.contains(country)) {
                countries.add(country);
            }
        }
        var birthDate = row.get("birthDate");
        return new MatchRecord(schema, names, identifiers,
                schema.isPerson() && birthDate != null ? List.of(birthDate.toString()) : List.of(), countries,
                List.of());
    }
}
