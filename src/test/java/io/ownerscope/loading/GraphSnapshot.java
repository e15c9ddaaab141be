package io.ownerscope.loading;

import static io.ownerscope.testing.TestGraphs.query;

import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.ownerscope.graph.Graph;

/**
 * Every node and relationship with all its properties; times apart, since two loads never share a clock. The
 * record of when the reference lists were last written is left out: every start of the service writes it; so is the
 * record of when the exposure index was last computed: every load refreshes it.
 */
record GraphSnapshot(List<Map<String, Object>> rows) {

    static GraphSnapshot of(Graph graph) {
        return new GraphSnapshot(query(graph, """
                MATCH (n) WHERE NOT n:__SchemaMigration AND NOT n:ReferenceList AND NOT n:ExposureIndex
                  AND NOT n:User AND NOT n:ApiKey AND NOT n:AuditEntry
                OPTIONAL MATCH (n)-[r]->(m)
                RETURN labels(n) AS labels, properties(n) AS node, type(r) AS type, properties(r) AS rel,
                       m.id AS to
                ORDER BY coalesce(n.id, ''), type, to
                """).stream().map(r -> r.asMap()).toList());
    }

    /** The run's start: the time every fact of the run is first and last seen at. */
    Object runStart() {
        return rows.stream().map(row -> (Map<?, ?>) row.get("node"))
                .filter(node -> node.containsKey("startedAt")).findFirst().orElseThrow().get("startedAt");
    }

    /** The names of the time properties whose value is not the run's start. */
    Set<String> timesOtherThanTheRunStart() {
        var start = runStart();
        var names = new TreeSet<String>();
        for (var row : rows) {
            for (var key : List.of("node", "rel")) {
                if (row.get(key) instanceof Map<?, ?> properties) {
                    properties.forEach((name, value) -> {
                        if (value instanceof Temporal && !value.equals(start)) {
                            names.add((String) name);
                        }
                    });
                }
            }
        }
        return names;
    }

    /** The rows with every time masked, in a stable order. */
    List<Map<String, Object>> withoutTimes() {
        return rows.stream().map(row -> {
            var copy = new LinkedHashMap<String, Object>(row);
            for (var key : List.of("node", "rel")) {
                if (row.get(key) instanceof Map<?, ?> properties) {
                    var masked = new TreeMap<String, Object>();
                    properties.forEach((name, value) -> masked.put((String) name,
                            value instanceof Temporal ? "<time>" : value));
                    copy.put(key, masked);
                }
            }
            return (Map<String, Object>) copy;
        }).sorted(Comparator.comparing(Object::toString)).toList();
    }
}
