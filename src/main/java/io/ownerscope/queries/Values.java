package io.ownerscope.queries;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;
import tools.jackson.databind.json.JsonMapper;

/**
 * Neo4j values as plain JSON-friendly Java values (maps, lists, strings, numbers, booleans). A node becomes
 * {@code {id, labels, name, properties, sources}}, a relationship {@code {type, properties, sources}}, a path
 * {@code {nodes, relationships}} whose relationships also name their ends ({@code from}, {@code to}); the provenance
 * each record carries stays visible as its {@code sources}.
 */
final class Values {

    /** The provenance properties every loaded node and relationship carries (docs/model.md, Provenance). */
    private static final List<String> PROVENANCE = List.of("dataset", "recordId", "loadRun", "firstLoadRun",
            "firstSeen", "lastSeen", "sourceUrl");
    private static final Set<String> NOT_FACTS = Set.of("id", "name", "key");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Values() {
    }

    static Object plain(Value value) {
        return plain(value.asObject(), Map.of());
    }

    static Object plain(Object value) {
        return plain(value, Map.of());
    }

    /** @param ids the {@code id} of nodes by element id, to name a relationship's ends inside a path */
    private static Object plain(Object value, Map<String, Object> ids) {
        return switch (value) {
            case null -> null;
            case Node node -> node(node);
            case Relationship relationship -> relationship(relationship, ids);
            case Path path -> path(path);
            case ZonedDateTime dateTime -> dateTime.getZone() instanceof ZoneOffset
                    ? dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    : dateTime.format(DateTimeFormatter.ISO_ZONED_DATE_TIME);
            case Temporal temporal -> temporal.toString();
            case IsoDuration duration -> duration.toString();
            case Point point -> point(point);
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            case List<?> list -> list.stream().map(v -> plain(v, ids)).collect(Collectors.toCollection(ArrayList::new));
            case Map<?, ?> map -> {
                var plain = new LinkedHashMap<String, Object>();
                map.forEach((k, v) -> plain.put(String.valueOf(k), plain(v, ids)));
                yield plain;
            }
            default -> value;
        };
    }

    private static Map<String, Object> node(Node node) {
        var properties = node.asMap();
        var view = new LinkedHashMap<String, Object>();
        view.put("id", properties.containsKey("id") ? properties.get("id") : node.elementId());
        var labels = new ArrayList<String>();
        node.labels().forEach(labels::add);
        if (labels.size() > 1) {
            labels.remove("Entity");
        }
        view.put("labels", labels);
        view.put("name", properties.containsKey("name") ? properties.get("name") : properties.get("full"));
        view.put("properties", facts(node));
        view.put("sources", sources(node));
        return view;
    }

    private static Map<String, Object> relationship(Relationship relationship, Map<String, Object> ids) {
        var view = new LinkedHashMap<String, Object>();
        view.put("type", relationship.type());
        if (ids.containsKey(relationship.startNodeElementId())) {
            view.put("from", ids.get(relationship.startNodeElementId()));
            view.put("to", ids.get(relationship.endNodeElementId()));
        }
        view.put("properties", facts(relationship));
        view.put("sources", sources(relationship));
        return view;
    }

    private static Map<String, Object> path(Path path) {
        var ids = new HashMap<String, Object>();
        var nodes = new ArrayList<Object>();
        for (var node : path.nodes()) {
            var view = node(node);
            ids.put(node.elementId(), view.get("id"));
            nodes.add(view);
        }
        var relationships = new ArrayList<Object>();
        path.relationships().forEach(r -> relationships.add(relationship(r, ids)));
        var view = new LinkedHashMap<String, Object>();
        view.put("nodes", nodes);
        view.put("relationships", relationships);
        return view;
    }

    private static Map<String, Object> facts(Entity entity) {
        var facts = new TreeMap<String, Object>();
        entity.asMap().forEach((key, value) -> {
            if (value != null && !PROVENANCE.contains(key) && !NOT_FACTS.contains(key)) {
                facts.put(key, plain(value));
            }
        });
        return facts;
    }

    private static List<Map<String, Object>> sources(Entity entity) {
        var source = new LinkedHashMap<String, Object>();
        for (var key : PROVENANCE) {
            var value = entity.get(key);
            if (!value.isNull()) {
                source.put(key, plain(value));
            }
        }
        return source.isEmpty() ? List.of() : List.of(source);
    }

    private static Map<String, Object> point(Point point) {
        var view = new LinkedHashMap<String, Object>();
        view.put("srid", point.srid());
        view.put("x", point.x());
        view.put("y", point.y());
        if (!Double.isNaN(point.z())) {
            view.put("z", point.z());
        }
        return view;
    }

    /**
     * One cell of CSV or a table: text as is, numbers without exponent, a list of plain values joined with
     * {@code |} (as the canonical CSV joins aliases), anything structured as JSON.
     */
    static String text(Object plain) {
        return switch (plain) {
            case null -> "";
            case String text -> text;
            case Double number -> number.isNaN() || number.isInfinite() ? number.toString()
                    : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
            case Number number -> number.toString();
            case Boolean bool -> bool.toString();
            case List<?> list when list.stream().noneMatch(v -> v instanceof Map || v instanceof List) ->
                    list.stream().map(Values::text).collect(Collectors.joining("|"));
            default -> JSON.writeValueAsString(plain);
        };
    }
}
