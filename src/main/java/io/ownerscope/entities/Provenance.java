package io.ownerscope.entities;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Splits stored properties into the facts and the provenance ("sources") every node and relationship carries. */
final class Provenance {

    static final Set<String> KEYS = Set.of("dataset", "recordId", "loadRun", "firstLoadRun", "firstSeen",
            "lastSeen", "sourceUrl");

    private Provenance() {
    }

    /** The provenance of one record, as the API shows it. */
    static Map<String, Object> sourceOf(Map<String, Object> properties) {
        var source = new LinkedHashMap<String, Object>();
        for (var key : new String[] {"dataset", "recordId", "loadRun", "firstLoadRun", "firstSeen", "lastSeen",
                "sourceUrl"}) {
            if (properties.get(key) != null) {
                source.put(key, properties.get(key));
            }
        }
        return source;
    }

    /** The facts: everything but provenance, internal keys and nulls. */
    static Map<String, Object> factsOf(Map<String, Object> properties, Set<String> alsoDrop) {
        var facts = new HashMap<String, Object>();
        properties.forEach((key, value) -> {
            if (value != null && !KEYS.contains(key) && !alsoDrop.contains(key)) {
                facts.put(key, value);
            }
        });
        return new java.util.TreeMap<>(facts);
    }
}
