package io.ownerscope.paths;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The graph as the path searches see it: entities, their degrees, their links and their designations. */
interface Network {

    /** The entities among {@code ids} that exist. */
    Map<String, PathNode> entities(Collection<String> ids);

    /** The hub-guard degree of each entity among {@code ids}. */
    Map<String, Long> degrees(Collection<String> ids);

    /** The links of the entities {@code ids}, with the entities at their other ends and the address hubs skipped. */
    Expansion expand(Collection<String> ids);

    /** The designated entities among {@code ids}, with their listings and derived designations. */
    Map<String, Designation> designations(Collection<String> ids);

    record Expansion(List<Link> links, Map<String, PathNode> nodes, List<Hub> hubs) {
    }

    /**
     * Why an entity is designated: listings in force (authority, program, listedOn, delistedOn, source) and derived
     * designations marked after the last load (regime, asOf, possibly, aggregate shares).
     */
    record Designation(List<Map<String, Object>> listings, List<Map<String, Object>> derived) {
    }
}
