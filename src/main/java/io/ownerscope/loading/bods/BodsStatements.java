package io.ownerscope.loading.bods;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.ownerscope.loading.EntitiesFileRow;
import io.ownerscope.loading.EntityRow;
import io.ownerscope.loading.InterestTypes;
import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RelationshipRow;
import io.ownerscope.loading.RelationshipType;
import io.ownerscope.loading.RowRejectedException;
import io.ownerscope.loading.RowSink;
import tools.jackson.databind.JsonNode;

/**
 * Turns Beneficial Ownership Data Standard statements (0.4, and the 0.2/0.3 field names) into rows of the common
 * model: entity and person statements into entities, each interest of a relationship statement into an
 * {@code OWNS} (shareholding) or {@code CONTROLS} (any other interest) link. Interests declared as indirect restate a
 * chain of direct links and are not loaded as links, so that effective ownership never counts them twice.
 */
final class BodsStatements {

    private static final Set<String> COUNTRIES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));
    private static final Set<String> ORGANIZATION_TYPES = Set.of("stateBody", "state", "arrangement",
            "anonymousEntity", "unknownEntity");

    private final String file;
    private final RowSink sink;
    private int indirectInterests;

    BodsStatements(String file, RowSink sink) {
        this.file = file;
        this.sink = sink;
    }

    /** Entities first, then relationships, so that every link finds both ends. */
    void load(List<JsonNode> statements) {
        var entities = new ArrayList<EntitiesFileRow>();
        var relationships = new ArrayList<RelationshipRow>();
        for (int i = 0; i < statements.size(); i++) {
            var statement = statements.get(i);
            long position = i + 1;
            try {
                switch (recordType(statement)) {
                    case "entity" -> entities.add(entity(statement, position));
                    case "person" -> entities.add(person(statement, position));
                    case "relationship" -> relationships.addAll(relationships(statement, position));
                    default -> throw new RowRejectedException("unknown statement type '" + recordType(statement)
                            + "'; expected an entity, person or relationship statement");
                }
            } catch (RowRejectedException e) {
                sink.reject(new Reject(file, position, e.getMessage(), statement.toString()));
            }
        }
        sink.entities(entities);
        sink.relationships(relationships);
        if (indirectInterests > 0) {
            sink.warn(file + ": " + indirectInterests + " interest(s) declared as indirect were not loaded as links;"
                    + " the direct links they restate carry the ownership");
        }
    }

    private static String recordType(JsonNode statement) {
        var type = text(statement, "recordType");
        if (type != null) {
            return type;
        }
        var legacy = text(statement, "statementType");
        if (legacy == null) {
            throw new RowRejectedException("statement has neither recordType nor statementType");
        }
        return switch (legacy) {
            case "entityStatement" -> "entity";
            case "personStatement" -> "person";
            case "ownershipOrControlStatement" -> "relationship";
            default -> legacy;
        };
    }

    private static String id(JsonNode statement) {
        var id = firstText(statement, "recordId", "statementId", "statementID");
        if (id == null) {
            throw new RowRejectedException("statement has no recordId or statementId");
        }
        return id;
    }

    private static JsonNode details(JsonNode statement) {
        return statement.has("recordDetails") ? statement.get("recordDetails") : statement;
    }

    private EntityRow entity(JsonNode statement, long position) {
        var details = details(statement);
        var name = text(details, "name");
        if (name == null) {
            throw new RowRejectedException("entity statement " + id(statement) + " has no name");
        }
        var entityType = details.path("entityType");
        var type = entityType.isObject() ? text(entityType, "type") : entityType.asString(null);
        var label = ORGANIZATION_TYPES.contains(type) ? "Organization" : "Company";
        var identifiers = Identifiers.of(details.path("identifiers"));
        return new EntityRow(position, id(statement), label, name, strings(details.path("alternateNames")),
                country(details.path("jurisdiction")), identifiers.registrationNumber, identifiers.inn,
                identifiers.ogrn, identifiers.bin, identifiers.lei, date(details, "foundingDate"),
                date(details, "dissolutionDate"), null, null, null, null);
    }

    private EntityRow person(JsonNode statement, long position) {
        var details = details(statement);
        var names = new ArrayList<String>();
        for (var name : details.path("names")) {
            var full = text(name, "fullName");
            if (full == null) {
                full = String.join(" ", strings(List.of(name.path("givenName"), name.path("familyName"))));
            }
            if (!full.isBlank()) {
                names.add(full.strip());
            }
        }
        if (names.isEmpty()) {
            throw new RowRejectedException("person statement " + id(statement) + " has no name");
        }
        var nationality = details.path("nationalities").path(0);
        var country = nationality.isMissingNode() ? null : country(nationality);
        return new EntityRow(position, id(statement), "Person", names.getFirst(),
                names.subList(1, names.size()).stream().distinct().toList(), country, null, null, null, null, null,
                null, null, date(details, "birthDate"), country, null, null);
    }

    private List<RelationshipRow> relationships(JsonNode statement, long position) {
        var details = details(statement);
        var subject = reference(details.path("subject"));
        var party = reference(details.path("interestedParty"));
        if (subject == null) {
            throw new RowRejectedException("relationship statement " + id(statement) + " has no subject");
        }
        if (party == null) {
            sink.warn(file + ": relationship statement " + id(statement)
                    + " has an unknown or unspecified interested party and was not loaded as a link");
            return List.of();
        }
        var rows = new ArrayList<RelationshipRow>();
        int index = 0;
        for (var interest : details.path("interests")) {
            index++;
            if ("indirect".equals(text(interest, "directOrIndirect"))) {
                indirectInterests++;
                continue;
            }
            var interestType = text(interest, "type");
            var share = interest.path("share");
            var exact = number(share, "exact");
            var min = exact != null ? null : firstNumber(share, "minimum", "exclusiveMinimum");
            var max = exact != null ? null : firstNumber(share, "maximum", "exclusiveMaximum");
            var type = "shareholding".equals(interestType) ? RelationshipType.OWNS : RelationshipType.CONTROLS;
            if (min != null && max == null) {
                max = 100.0;
            } else if (max != null && min == null) {
                min = 0.0;
            }
            rows.add(RelationshipRow.of(position, id(statement) + "#" + index, party, subject, type, exact, min, max,
                    InterestTypes.CODES.contains(interestType) ? interestType : "unknownInterest", null,
                    date(interest, "startDate"), date(interest, "endDate"), null, interest.toString()));
        }
        return rows;
    }

    /** A 0.4 record id, or a 0.2/0.3 {@code describedBy...Statement} reference; null when unspecified. */
    private static String reference(JsonNode node) {
        if (node.isString()) {
            return node.asString();
        }
        return firstText(node, "describedByEntityStatement", "describedByPersonStatement");
    }

    private static String country(JsonNode jurisdiction) {
        var code = text(jurisdiction, "code");
        if (code == null || code.length() < 2) {
            return null;
        }
        var country = code.substring(0, 2).toUpperCase(Locale.ROOT);
        return COUNTRIES.contains(country) ? country : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        var value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RowRejectedException(field + " '" + value + "' is not an ISO-8601 date");
        }
    }

    private static Double number(JsonNode node, String field) {
        var value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new RowRejectedException("share " + field + " '" + value + "' is not a number");
        }
        return value.asDouble();
    }

    private static Double firstNumber(JsonNode node, String... fields) {
        for (var field : fields) {
            var value = number(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString().strip() : null;
    }

    private static String firstText(JsonNode node, String... fields) {
        for (var field : fields) {
            var value = text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static List<String> strings(Iterable<JsonNode> nodes) {
        var values = new ArrayList<String>();
        for (var node : nodes) {
            if (node.isString() && !node.asString().isBlank()) {
                values.add(node.asString().strip());
            }
        }
        return values;
    }

    /** Strong identifiers by their org-id.guide scheme; the first other one is the registration number. */
    private static final class Identifiers {
        String registrationNumber;
        String inn;
        String ogrn;
        String bin;
        String lei;

        static Identifiers of(JsonNode identifiers) {
            var found = new Identifiers();
            for (var identifier : identifiers) {
                var id = text(identifier, "id");
                var scheme = String.valueOf(text(identifier, "scheme")).toUpperCase(Locale.ROOT);
                if (id == null) {
                    continue;
                }
                if (scheme.endsWith("LEI")) {
                    found.lei = id;
                } else if (scheme.endsWith("-INN")) {
                    found.inn = id;
                } else if (scheme.endsWith("-OGRN")) {
                    found.ogrn = id;
                } else if (scheme.endsWith("-BIN")) {
                    found.bin = id;
                } else if (found.registrationNumber == null) {
                    found.registrationNumber = id;
                }
            }
            return found;
        }
    }
}
