package io.ownerscope.paths;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The graph as the path searches see it: entities, their degrees, their links and their designations. */
interface Network {

    /** The entities among {@code ids} that exist. */
    Map<String, PathNode> entities(Collection<String> ids);

    /** The hub-guard degree of each entity among {@code ids}. */
    Map<String, Long> degrees(Collection<String> ids);

    /**
     * The links of the entities {@code ids}, with the entities at their other ends and the address hubs skipped; the
     * degrees and designations of the entities reached may come with them, read in the same query.
     */
    Expansion expand(Collection<String> ids);

    /**
     * The links of the entities {@code ids} as {@link #expand} reads them, but lean: each link with its kind only,
     * without details or sources, and the entities reached with their ids only (their names when they are hubs).
     * With a {@code slack} (the search prunes with the exposure index), only the entities reached whose count is at
     * most {@code slack}, or 0, are returned, with their degrees; null: every entity reached, all with degrees.
     */
    default Expansion reach(Collection<String> ids, Integer slack) {
        return expand(ids);
    }

    /**
     * The links, with every detail, between each entity named as a key of {@code targets} and each entity it maps to,
     * and entities at their ends with their names and sources (not necessarily all of them).
     */
    default Expansion linksBetween(Map<String, Set<String>> targets) {
        var expansion = expand(targets.keySet());
        var links = expansion.links().stream()
                .filter(l -> targets.getOrDefault(l.startId(), Set.of()).contains(l.endId())
                        || targets.getOrDefault(l.endId(), Set.of()).contains(l.startId()))
                .toList();
        return new Expansion(links, expansion.nodes(), List.of());
    }

    /** The designated entities among {@code ids}, with their listings and derived designations. */
    Map<String, Designation> designations(Collection<String> ids);

    /**
     * One level of a search.
     *
     * @param degrees hub-guard degrees of entities reached, as {@link #degrees} would give them (empty: not read)
     * @param designations whether each entity reached is designated, as {@link #designations} would say, with a
     *                     designation of no listing and no derived designation for the others (empty: not read)
     * @param hopsToDesignated the exposure index's hop count of each entity reached that has one
     *                         (see {@link ExposureIndex})
     */
    record Expansion(List<Link> links, Map<String, PathNode> nodes, List<Hub> hubs, Map<String, Long> degrees,
            Map<String, Designation> designations, Map<String, Integer> hopsToDesignated) {

        Expansion(List<Link> links, Map<String, PathNode> nodes, List<Hub> hubs) {
            this(links, nodes, hubs, Map.of(), Map.of(), Map.of());
        }
    }

    /**
     * Why an entity is designated: listings in force (authority, program, listedOn, delistedOn, source) and derived
     * designations marked after the last load (regime, asOf, possibly, aggregate shares).
     */
    record Designation(List<Map<String, Object>> listings, List<Map<String, Object>> derived) {

        static final Designation NONE = new Designation(List.of(), List.of());

        boolean designated() {
            return !listings.isEmpty() || !derived.isEmpty();
        }
    }
}
