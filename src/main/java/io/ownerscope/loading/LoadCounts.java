package io.ownerscope.loading;

import java.util.Map;

/** How many records of each kind a load wrote, and how many it rejected. */
public record LoadCounts(long entities, long addresses, long relationships, long sanctions, long shipments,
        long rejected) {

    /** Every record the load handled: written and rejected. */
    public long records() {
        return entities + addresses + relationships + sanctions + shipments + rejected;
    }

    public Map<String, Object> toParameters() {
        return Map.of("entities", entities, "addresses", addresses, "relationships", relationships,
                "sanctions", sanctions, "shipments", shipments, "rejected", rejected);
    }
}
