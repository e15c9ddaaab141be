package io.ownerscope.paths;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The designated parties nearest to one entity: a breadth-first search over every kind of link up to the hop cap,
 * asking at each level which of the newly reached entities are designated; for each, the strongest of its shortest
 * paths back to the entity. Unless asked for every level, the answer ends {@code extraHops} levels after the one that
 * reaches the nearest listed party: derived designations met on the way are reported with it, and what lies farther
 * is not read (on a large graph the levels grow several times over each hop).
 * <p>
 * The search runs in passes, each complete up to a bound: the distance the nearest listed party is guessed to be at,
 * plus {@code extraHops}. A pass does not go on from an entity whose distance from the start added to its lower
 * bound (hops to the nearest designated party it could lead to) exceeds the bound: no party within the bound lies
 * behind it, and every party within the bound is reached at its true distance. The first guess is the start's own
 * lower bound; a pass that finds the nearest listed party farther than guessed is followed by one with the guess
 * corrected, re-walking in memory what was read before. With the exposure index the lower bounds are its hop counts
 * and one pass usually does; without it they are all 0, and the passes read one level after another as a plain
 * level-by-level search would.
 */
final class ExposureSearch {

    /** Shortest paths to one designated party collected before ranking them. */
    private static final int CANDIDATES_PER_PARTY = 200;

    /** A designated party found at {@code distance} hops, with its best paths (entity ids, from the start). */
    record Found(String id, int distance, Network.Designation designation, List<List<String>> paths) {
    }

    /** The fewest hops from an entity to a party any search could count as designated, or fewer. */
    interface LowerBound {

        /** Every entity is 0 hops from one: the search reads level after level. */
        LowerBound NONE = id -> 0;

        int hops(String id);
    }

    private final Explored explored;
    private final String start;
    private final int maxHops;
    private final int pathsShown;
    private final Integer extraHops;
    private final LowerBound lowerBound;
    private Map<String, Integer> distance = new HashMap<>();
    private int searchedHops;
    private int passes;

    /**
     * @param extraHops levels searched after the one that reaches the nearest listed party; null: every level up to
     *                  the hop cap
     */
    ExposureSearch(Explored explored, String start, int maxHops, Integer extraHops, int pathsShown,
            LowerBound lowerBound) {
        this.explored = explored;
        this.start = start;
        this.maxHops = maxHops;
        this.extraHops = extraHops;
        this.pathsShown = pathsShown;
        this.lowerBound = lowerBound;
    }

    /** Every designated party within the hop cap, nearest first and, at one distance, the strongest link first. */
    List<Found> find() {
        // the nearest listed party that ends the answer is 1 hop away or more, never the start itself
        int guess = Math.min(Math.max(1, lowerBound.hops(start)), maxHops);
        Map<String, Network.Designation> designated;
        while (true) {
            int bound = extraHops == null ? maxHops : Math.min(maxHops, guess + extraHops);
            var pass = pass(bound);
            designated = pass.designated();
            searchedHops = bound;
            if (extraHops == null || bound == maxHops || pass.nearestListed() == guess || explored.truncated()) {
                if (pass.nearestListed() != Integer.MAX_VALUE && extraHops != null) {
                    searchedHops = Math.min(maxHops, pass.nearestListed() + extraHops);
                }
                break;
            }
            // the nearest listed party lies beyond the guess: at the distance found, or beyond the whole pass (the
            // guess always grows, so that even lower bounds that are not lower bounds cannot keep the search going)
            guess = Math.max(guess + 1, pass.nearestListed() != Integer.MAX_VALUE ? pass.nearestListed() : bound + 1);
        }
        var found = new ArrayList<Found>();
        designated.forEach((id, designation) -> {
            int d = distance.get(id);
            if (d <= searchedHops) {
                found.add(new Found(id, d, designation, bestPaths(id)));
            }
        });
        found.sort(Comparator.comparingInt(Found::distance)
                .thenComparing(f -> f.paths().isEmpty() ? List.of(f.id()) : f.paths().getFirst(),
                        explored.strongestFirst())
                .thenComparing(Found::id));
        return found;
    }

    private record Pass(Map<String, Network.Designation> designated, int nearestListed) {
    }

    /** One breadth-first pass that goes on only from entities that may lead to a party within {@code bound}. */
    private Pass pass(int bound) {
        passes++;
        distance = new HashMap<>();
        distance.put(start, 0);
        var designated = new LinkedHashMap<String, Network.Designation>(explored.designations(List.of(start)));
        // a listed start is reported, but the answer is about the parties around it: they set where it ends
        int nearestListed = Integer.MAX_VALUE;
        List<String> frontier = lowerBound.hops(start) <= bound ? List.of(start) : List.of();
        for (int radius = 1; radius <= bound && !frontier.isEmpty() && !explored.truncated(); radius++) {
            var next = new ArrayList<String>();
            // with the index, degrees are read only for the entities the pass may go on from
            var slack = lowerBound == LowerBound.NONE ? null : bound - radius;
            for (var id : explored.reach(frontier, slack)) {
                if (!distance.containsKey(id)) {
                    distance.put(id, radius);
                    next.add(id);
                }
            }
            var reached = explored.designations(next);
            designated.putAll(reached);
            for (var designation : reached.values()) {
                if (listed(designation)) {
                    nearestListed = Math.min(nearestListed, radius);
                }
            }
            int level = radius;
            frontier = next.stream().filter(id -> level + lowerBound.hops(id) <= bound).toList();
        }
        return new Pass(designated, nearestListed);
    }

    private static boolean listed(Network.Designation designation) {
        return designation != null && !designation.listings().isEmpty();
    }

    /** Every designated party within this many hops is in the answer. */
    int searchedHops() {
        return searchedHops;
    }

    /** The passes the search took (1 when the first guess was right). */
    int passes() {
        return passes;
    }

    private List<List<String>> bestPaths(String target) {
        var paths = new ArrayList<List<String>>();
        var path = new ArrayList<String>();
        path.add(target);
        back(path, paths);
        paths.sort(explored.strongestFirst());
        return List.copyOf(paths.subList(0, Math.min(pathsShown, paths.size())));
    }

    /** Walks from the designated party back to the start, one hop nearer each step, never through a hub. */
    private void back(List<String> path, List<List<String>> paths) {
        if (paths.size() >= CANDIDATES_PER_PARTY) {
            return;
        }
        var last = path.getLast();
        int d = distance.get(last);
        if (d == 0) {
            paths.add(List.copyOf(path.reversed()));
            return;
        }
        if (path.size() > 1 && !explored.traversable(last)) {
            return;
        }
        for (var previous : explored.neighbours(last)) {
            var dp = distance.get(previous);
            if (dp != null && dp == d - 1) {
                path.add(previous);
                back(path, paths);
                path.removeLast();
            }
        }
    }
}
