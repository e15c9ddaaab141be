package io.ownerscope.loading;

import java.util.Map;

/** How many records of each kind a load wrote, and how many it rejected. */
public record LoadCounts(long entities, long addresses, long relationships, long sanctions, long shipments,
        long rejected) {

    Map<String, Object> toParameters() {
        return Map.of("entities", entities, "addresses", addresses, "relationships", relationships,
                "sanctions", sanctions, "shipments", shipments, "rejected", rejected);
    }
}
