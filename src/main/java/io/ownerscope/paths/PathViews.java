package io.ownerscope.paths;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the path and exposure endpoints answer. */
final class PathViews {

    private PathViews() {
    }

    record PathsView(PathNode from, PathNode to, LocalDate asOf, int maxHops, int k, List<String> types,
            boolean allowHubs, List<PathView> paths, List<Hub> hubsSkipped, boolean truncated) {
    }

    /** A path: its length in hops and its steps, the first being the start entity alone. */
    @Schema(name = "Path")
    record PathView(int hops, List<StepView> steps) {
    }

    /** One entity on a path and the links that lead to it from the entity before (none for the first). */
    record StepView(PathNode node, List<LinkView> links) {
    }

    /**
     * A link as traversed.
     *
     * @param direction {@code outgoing} when the relationship points from the entity before to this one (it owns,
     *                  directs or exported to it), {@code incoming} the other way round, {@code shared} for an address
     * @param startId the entity the relationship points from
     * @param endId the entity it points to
     */
    @Schema(name = "PathLink")
    record LinkView(String group, String type, String direction, String startId, String endId,
            Map<String, Object> details, List<String> sources) {
    }

    /**
     * An exposure answer.
     *
     * @param maxHops the hop cap
     * @param searchedHops every designated party within this many hops is listed: fewer than the cap when the
     *                     search ended after the nearest listed party
     * @param indexComputedAt when the exposure index the search pruned with was computed; null when the search read
     *                        every entity level after level (no index, an index set aside since a load or a
     *                        designation recompute started, or hubs allowed)
     */
    record ExposureView(PathNode entity, LocalDate asOf, int maxHops, int searchedHops, List<String> regimes,
            List<DesignatedPartyView> designated, List<Hub> hubsSkipped, boolean truncated,
            ZonedDateTime indexComputedAt) {
    }

    /**
     * A designated party near the entity.
     *
     * @param distance hops from the entity (0: the entity itself)
     * @param listings listings in force on the date, by the regimes' authorities
     * @param derived derived designations of the regimes (owned or controlled by designated parties)
     * @param explanation the best path in plain words
     */
    record DesignatedPartyView(PathNode party, int distance, List<Map<String, Object>> listings,
            List<Map<String, Object>> derived, String explanation, List<PathView> paths) {
    }
}
