package io.ownerscope.loading.mapped;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.ownerscope.loading.RelationshipType;

/**
 * The schemata a CSV mapping may give a mapped entity, named as in FollowTheMoney, and the properties each takes,
 * named as in the ownerscope graph model. Parties (Company, Person, ...) become entities, links (Ownership,
 * Directorship, ...) relationships between two mapped parties, and Shipment a customs record.
 */
enum MappingSchema {
    COMPANY("Company", Kind.PARTY, "Company", null),
    LEGAL_ENTITY("LegalEntity", Kind.PARTY, "Company", null),
    ORGANIZATION("Organization", Kind.PARTY, "Organization", null),
    PERSON("Person", Kind.PARTY, "Person", null),
    OWNERSHIP("Ownership", Kind.LINK, null, RelationshipType.OWNS, "owner", "asset"),
    DIRECTORSHIP("Directorship", Kind.LINK, null, RelationshipType.DIRECTOR_OF, "director", "organization"),
    FAMILY("Family", Kind.LINK, null, RelationshipType.FAMILY_OF, "person", "relative"),
    ASSOCIATE("Associate", Kind.LINK, null, RelationshipType.ASSOCIATE_OF, "person", "associate"),
    SHIPMENT("Shipment", Kind.SHIPMENT, null, null, "exporter", "consignee");

    /** What a schema becomes in the graph. */
    enum Kind { PARTY, LINK, SHIPMENT }

    /** How the cells of a property are read. */
    enum ValueType { TEXT, NAMES, DATE, COUNTRY, NUMBER, HS_CODE, ENTITY }

    private static final Map<String, ValueType> PARTY_PROPERTIES = ordered(
            "name", ValueType.NAMES, "alias", ValueType.NAMES, "country", ValueType.COUNTRY,
            "registrationNumber", ValueType.TEXT, "inn", ValueType.TEXT, "ogrn", ValueType.TEXT,
            "bin", ValueType.TEXT, "lei", ValueType.TEXT, "incorporationDate", ValueType.DATE,
            "dissolutionDate", ValueType.DATE, "birthDate", ValueType.DATE, "nationality", ValueType.COUNTRY,
            "address", ValueType.TEXT, "sourceUrl", ValueType.TEXT);
    private static final Map<String, ValueType> LINK_PROPERTIES = ordered(
            "role", ValueType.TEXT, "startDate", ValueType.DATE, "endDate", ValueType.DATE,
            "sourceUrl", ValueType.TEXT);
    private static final Map<String, ValueType> OWNERSHIP_PROPERTIES = ordered(
            "percentage", ValueType.NUMBER, "interestType", ValueType.TEXT);
    private static final Map<String, ValueType> SHIPMENT_PROPERTIES = ordered(
            "date", ValueType.DATE, "hsCode", ValueType.HS_CODE, "description", ValueType.TEXT,
            "valueUsd", ValueType.NUMBER, "quantity", ValueType.NUMBER, "unit", ValueType.TEXT,
            "originCountry", ValueType.COUNTRY, "destinationCountry", ValueType.COUNTRY, "sourceUrl", ValueType.TEXT);

    /**
     * Names an {@code extra} property may not take: the common model's own properties and provenance.
     */
    static final Set<String> RESERVED = Set.of("id", "name", "aliases", "alias", "country", "registrationNumber",
            "inn", "ogrn", "bin", "lei", "incorporationDate", "dissolutionDate", "birthDate", "nationality",
            "address", "sourceUrl", "dataset", "recordId", "loadRun", "firstLoadRun", "firstSeen", "lastSeen", "key",
            "label", "line");

    private final String ftmName;
    private final Kind kind;
    private final String label;
    private final RelationshipType relationship;
    private final List<String> ends;

    MappingSchema(String ftmName, Kind kind, String label, RelationshipType relationship, String... ends) {
        this.ftmName = ftmName;
        this.kind = kind;
        this.label = label;
        this.relationship = relationship;
        this.ends = List.of(ends);
    }

    String ftmName() {
        return ftmName;
    }

    Kind kind() {
        return kind;
    }

    /** The node label of a party. */
    String label() {
        return label;
    }

    /** The relationship a link becomes. */
    RelationshipType relationship() {
        return relationship;
    }

    /** The properties that name the two mapped parties a link or shipment joins, from first to second. */
    List<String> ends() {
        return ends;
    }

    /** Every property this schema takes, and how its cells are read. */
    Map<String, ValueType> properties() {
        var properties = new LinkedHashMap<String, ValueType>();
        ends.forEach(end -> properties.put(end, ValueType.ENTITY));
        switch (kind) {
            case PARTY -> properties.putAll(PARTY_PROPERTIES);
            case LINK -> {
                properties.putAll(LINK_PROPERTIES);
                if (this == OWNERSHIP) {
                    properties.putAll(OWNERSHIP_PROPERTIES);
                }
            }
            case SHIPMENT -> properties.putAll(SHIPMENT_PROPERTIES);
        }
        return properties;
    }

    /** The properties a mapping must give. */
    List<String> requiredProperties() {
        return switch (kind) {
            case PARTY -> List.of("name");
            case LINK -> ends;
            case SHIPMENT -> List.of("exporter", "consignee", "date", "hsCode");
        };
    }

    static MappingSchema byFtmName(String name) {
        return Arrays.stream(values()).filter(s -> s.ftmName.equals(name)).findFirst().orElse(null);
    }

    static String ftmNames() {
        return Arrays.stream(values()).map(MappingSchema::ftmName).collect(Collectors.joining(", "));
    }

    private static Map<String, ValueType> ordered(Object... pairs) {
        var map = new LinkedHashMap<String, ValueType>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (ValueType) pairs[i + 1]);
        }
        return map;
    }
}
