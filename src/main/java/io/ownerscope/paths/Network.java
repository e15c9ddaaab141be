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

    /**
     * The links of the entities {@code ids}, with the entities at their other ends and the address hubs skipped; the
     * degrees and designations of the entities reached may come with them, read in the same query.
     */
    Expansion expand(Collection<String> ids);

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
