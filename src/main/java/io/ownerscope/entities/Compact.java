package io.ownerscope.entities;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Values as the API shows them: nulls and empty lists or maps left out, times to the millisecond. */
final class Compact {

    private Compact() {
    }

    /** The map without its null or empty values, in its own order, nested maps and lists alike. */
    static Map<String, Object> of(Map<String, ?> map) {
        var compact = new LinkedHashMap<String, Object>();
        map.forEach((key, value) -> {
            var shown = value(value);
            if (!isEmpty(shown)) {
                compact.put(key, shown);
            }
        });
        return compact;
    }

    @SuppressWarnings("unchecked")
    static Object value(Object value) {
        return switch (value) {
            case null -> null;
            case Map<?, ?> map -> of((Map<String, ?>) map);
            case Collection<?> list -> {
                var shown = new ArrayList<>(list.size());
                for (var item : list) {
                    var compact = value(item);
                    if (!isEmpty(compact)) {
                        shown.add(compact);
                    }
                }
                yield shown;
            }
            case ZonedDateTime time -> time.truncatedTo(ChronoUnit.MILLIS);
            case OffsetDateTime time -> time.truncatedTo(ChronoUnit.MILLIS);
            case LocalDateTime time -> time.truncatedTo(ChronoUnit.MILLIS);
            case LocalTime time -> time.truncatedTo(ChronoUnit.MILLIS);
            default -> value;
        };
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof Collection<?> list && list.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty();
    }
}
