package io.ownerscope.loading;

import java.time.ZonedDateTime;
import java.util.Map;

/**
 * The provenance every write carries: the run's id, the dataset, and the time the run first happened.
 */
public record LoadRun(String id, String dataset, ZonedDateTime at) {

    Map<String, Object> toParameters() {
        return Map.of("id", id, "dataset", dataset, "at", at);
    }
}
