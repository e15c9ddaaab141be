package io.ownerscope.loading;

import java.util.Map;

/** How many records of each kind a load wrote, and how many it rejected. */
public record LoadCounts(long entities, long addresses, long relationships, long sanctions, long shipments,
        long rejected) {

    /** Every record the load handled: written and rejected. */
    public long records() {
        return entities + addresses + relationships + sanctions + shipments + rejected;
    }

    /**
     * These counts with the addresses made from the address column of entity rows counted as addresses: a load
     * writes each as the link from its entity (and counts it among the relationships), but the file holds it as an
     * address. Addresses written by an address file and the links of relationship rows stay as they are.
     */
    public LoadCounts withAddressColumn(long fromAddressColumn) {
        long moved = Math.min(fromAddressColumn, relationships);
        return new LoadCounts(entities, addresses + moved, relationships - moved, sanctions, shipments, rejected);
    }

    public Map<String, Object> toParameters() {
        return Map.of("entities", entities, "addresses", addresses, "relationships", relationships,
                "sanctions", sanctions, "shipments", shipments, "rejected", rejected);
    }
}
