package io.ownerscope.loading;

import java.util.HashMap;
import java.util.Map;

/** A parameter map that, unlike {@code Map.of}, keeps null values: null removes a property in Cypher's SET. */
public final class Parameters {

    private final Map<String, Object> values = new HashMap<>();

    Parameters with(String name, Object value) {
        values.put(name, value);
        return this;
    }

    Map<String, Object> toMap() {
        return values;
    }
}
