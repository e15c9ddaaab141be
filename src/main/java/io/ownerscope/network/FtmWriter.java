package io.ownerscope.network;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a subgraph as FollowTheMoney entities, one JSON object a line ({@code id}, {@code schema},
 * {@code properties} of lists of strings, {@code datasets}): parties as Company, Person, Organization or
 * LegalEntity, addresses as Address (a party's {@code addressEntity}), listings as Sanction, ownership as Ownership,
 * directors as Directorship, relatives and associates as Family and Associate, and every other link (control,
 * identity, trade, a link the schema's ranges do not admit) as UnknownLink with its role. Provenance goes into the
 * properties FtM has for it: {@code sourceUrl}, {@code recordId} (on links) and {@code retrievedAt} (when the record
 * was last loaded), and the datasets.
 */
final class FtmWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The schemata a party's type maps to; another type is a LegalEntity. */
    private static final Set<String> PARTY_SCHEMATA = Set.of("Company", "Person", "Organization");

    /** Schemata FtM admits as a LegalEntity (owner, director); as an Asset (owned); as an Organization (directed). */
    private static final Set<String> LEGAL_ENTITIES = Set.of("Company", "Person", "Organization", "LegalEntity");
    private static final Set<String> ASSETS = Set.of("Company");
    private static final Set<String> ORGANIZATIONS = Set.of("Company", "Organization");

    private final Subgraph graph;
    private final Map<String, String> schemata = new HashMap<>();
    private final Set<String> written = new HashSet<>();

    private FtmWriter(Subgraph graph) {
        this.graph = graph;
        graph.nodes().forEach(node -> schemata.put(node.id(), schemaOf(node)));
    }

    static void write(Subgraph graph, OutputStream out) {
        new FtmWriter(graph).writeTo(out);
    }

    private void writeTo(OutputStream out) {
        var things = new LinkedHashMap<String, Map<String, Object>>();
        for (var node : graph.nodes()) {
            if (!node.type().equals("Sanction")) {
                things.put(node.id(), thing(node));
            }
        }
        var links = new ArrayList<Map<String, Object>>();
        for (var edge : graph.edges()) {
            if (edge.kind().equals(LinkKind.REGISTERED_AT.name()) && things.containsKey(edge.source())
                    && "Address".equals(schemata.get(edge.target()))) {
                var properties = properties(things.get(edge.source()));
                add(properties, "addressEntity", edge.target());
                add(properties, "address", first(properties(things.get(edge.target())), "full"));
                continue;
            }
            links.add(link(edge));
        }
        try {
            for (var thing : things.values()) {
                line(out, thing);
            }
            for (var link : links) {
                line(out, link);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the FollowTheMoney export", e);
        }
    }

    private static void line(OutputStream out, Map<String, Object> entity) throws IOException {
        out.write(JSON.writeValueAsBytes(entity));
        out.write('\n');
    }

    private static String schemaOf(Subgraph.Node node) {
        if (PARTY_SCHEMATA.contains(node.type()) || node.type().equals("Address") || node.type().equals("Sanction")) {
            return node.type();
        }
        return "LegalEntity";
    }

    private Map<String, Object> thing(Subgraph.Node node) {
        var schema = schemata.get(node.id());
        var properties = new LinkedHashMap<String, List<String>>();
        var facts = node.facts();
        if (schema.equals("Address")) {
            add(properties, "full", node.name());
        } else {
            add(properties, "name", node.name());
            addAll(properties, "alias", facts.get("aliases"));
            add(properties, "registrationNumber", facts.get("registrationNumber"));
            add(properties, "innCode", facts.get("inn"));
            add(properties, "ogrnCode", facts.get("ogrn"));
            add(properties, "leiCode", facts.get("lei"));
            add(properties, "idNumber", facts.get("bin"));
            add(properties, "incorporationDate", facts.get("incorporationDate"));
            add(properties, "dissolutionDate", facts.get("dissolutionDate"));
            if (schema.equals("Person")) {
                add(properties, "birthDate", facts.get("birthDate"));
                add(properties, "nationality", country(facts.get("nationality")));
            }
            if (ORGANIZATIONS.contains(schema)) {
                add(properties, "imoNumber", facts.get("imo"));
            }
        }
        add(properties, "country", country(node.country()));
        provenance(properties, node.sources(), false);
        return entity(node.id(), schema, properties, node.datasets());
    }

    private Map<String, Object> link(Subgraph.Edge edge) {
        var properties = new LinkedHashMap<String, List<String>>();
        var facts = edge.facts();
        var from = schemata.get(edge.source());
        var to = schemata.get(edge.target());
        String schema;
        switch (edge.kind()) {
            case "OWNS" -> {
                if (LEGAL_ENTITIES.contains(from) && ASSETS.contains(to)) {
                    schema = "Ownership";
                    add(properties, "owner", edge.source());
                    add(properties, "asset", edge.target());
                    add(properties, "percentage", edge.share() != null ? percent(edge.share()) : shareRange(facts));
                    add(properties, "ownershipType", facts.get("interestType"));
                } else {
                    schema = unknown(properties, edge, "owner");
                }
            }
            case "DIRECTOR_OF" -> {
                if (LEGAL_ENTITIES.contains(from) && ORGANIZATIONS.contains(to)) {
                    schema = "Directorship";
                    add(properties, "director", edge.source());
                    add(properties, "organization", edge.target());
                    add(properties, "role", facts.getOrDefault("role", "director"));
                } else {
                    schema = unknown(properties, edge, "director");
                }
            }
            case "FAMILY_OF" -> schema = personPair(properties, edge, "Family", "relative", "family");
            case "ASSOCIATE_OF" -> schema = personPair(properties, edge, "Associate", "associate", "associate");
            case "TARGETS" -> {
                schema = "Sanction";
                add(properties, "entity", edge.target());
                add(properties, "authority", facts.get("authority"));
                add(properties, "program", facts.get("program"));
                add(properties, "listingDate", edge.startDate());
                add(properties, "reason", facts.get("reason"));
            }
            default -> schema = unknown(properties, edge, edge.label());
        }
        add(properties, "startDate", edge.startDate());
        add(properties, "endDate", edge.endDate());
        if (edge.kind().equals(LinkKind.TRADE.name())) {
            add(properties, "description", edge.label());
        }
        provenance(properties, edge.sources(), true);
        var datasets = new LinkedHashSet<String>();
        edge.sources().forEach(source -> {
            if (source.get("dataset") != null) {
                datasets.add((String) source.get("dataset"));
            }
        });
        var id = edge.kind().equals("TARGETS") && written.add(edge.source()) ? edge.source()
                : edge.kind().toLowerCase(Locale.ROOT) + "-" + digest(edge.id());
        return entity(id, schema, properties, List.copyOf(datasets));
    }

    /** Family or Associate between two people; otherwise an UnknownLink, which admits any party at either end. */
    private String personPair(Map<String, List<String>> properties, Subgraph.Edge edge, String schema,
            String otherEnd, String role) {
        if (!"Person".equals(schemata.get(edge.source())) || !"Person".equals(schemata.get(edge.target()))) {
            return unknown(properties, edge, role);
        }
        add(properties, "person", edge.source());
        add(properties, otherEnd, edge.target());
        add(properties, "relationship", edge.facts().getOrDefault("role", role));
        return schema;
    }

    private static String unknown(Map<String, List<String>> properties, Subgraph.Edge edge, String role) {
        add(properties, "subject", edge.source());
        add(properties, "object", edge.target());
        add(properties, "role", role);
        return "UnknownLink";
    }

    /** The sources' URLs, their record ids (links only: FtM things have no recordId) and the last load. */
    private static void provenance(Map<String, List<String>> properties, List<Map<String, Object>> sources,
            boolean withRecordIds) {
        for (var source : sources) {
            add(properties, "sourceUrl", source.get("sourceUrl"));
            if (withRecordIds) {
                add(properties, "recordId", source.get("recordId"));
            }
        }
        sources.stream().map(source -> ExportValues.text(source.get("lastSeen"))).filter(Objects::nonNull)
                .max(String::compareTo).ifPresent(last -> add(properties, "retrievedAt", last));
    }

    private static Map<String, Object> entity(String id, String schema, Map<String, List<String>> properties,
            List<String> datasets) {
        var entity = new LinkedHashMap<String, Object>();
        entity.put("id", id);
        entity.put("schema", schema);
        entity.put("properties", properties);
        entity.put("datasets", datasets);
        return entity;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> properties(Map<String, Object> entity) {
        return (Map<String, List<String>>) entity.get("properties");
    }

    private static String first(Map<String, List<String>> properties, String name) {
        var values = properties.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static void add(Map<String, List<String>> properties, String name, Object value) {
        var text = ExportValues.text(value);
        if (text == null || text.isBlank()) {
            return;
        }
        var values = properties.computeIfAbsent(name, key -> new ArrayList<>());
        if (!values.contains(text)) {
            values.add(text);
        }
    }

    private static void addAll(Map<String, List<String>> properties, String name, Object values) {
        if (values instanceof List<?> list) {
            list.forEach(value -> add(properties, name, value));
        } else {
            add(properties, name, values);
        }
    }

    private static String country(Object code) {
        return code == null ? null : code.toString().strip().toLowerCase(Locale.ROOT);
    }

    private static String percent(double share) {
        return java.math.BigDecimal.valueOf(share).stripTrailingZeros().toPlainString();
    }

    private static String shareRange(Map<String, Object> facts) {
        if (facts.get("shareMin") instanceof Number min && facts.get("shareMax") instanceof Number max) {
            return percent(min.doubleValue()) + "-" + percent(max.doubleValue());
        }
        return null;
    }

    private static String digest(String text) {
        try {
            var hash = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
