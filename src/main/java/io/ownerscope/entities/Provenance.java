package io.ownerscope.entities;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Splits stored properties into the facts and the provenance ("sources") every node and relationship carries. */
public final class Provenance {

    static final Set<String> KEYS = Set.of("dataset", "recordId", "loadRun", "firstLoadRun", "firstSeen",
            "lastSeen", "sourceUrl");

    private Provenance() {
    }

    /** The provenance of one record, as the API shows it. */
    public static Map<String, Object> sourceOf(Map<String, Object> properties) {
        var source = new LinkedHashMap<String, Object>();
        for (var key : new String[] {"dataset", "recordId", "loadRun", "firstLoadRun", "firstSeen", "lastSeen",
                "sourceUrl"}) {
            source.put(key, properties.get(key));
        }
        return Compact.of(source);
    }

    /** The facts: everything but provenance, internal keys, nulls and empty lists, by name. */
    public static Map<String, Object> factsOf(Map<String, Object> properties, Set<String> alsoDrop) {
        var facts = new TreeMap<String, Object>();
        properties.forEach((key, value) -> {
            if (!KEYS.contains(key) && !alsoDrop.contains(key)) {
                facts.put(key, value);
            }
        });
        return Compact.of(facts);
    }
}
