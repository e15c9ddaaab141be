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
 * behind it, and every party within the bound is reached at its true distance. The first guess is what the caller
 * knows of the start's hops to a listed party; a pass that finds the nearest listed party farther than guessed is
 * followed by one with the guess corrected, re-walking in memory what was read before. With the exposure index the
 * lower bounds are its counts and one pass usually does; without it they are all 0, the first guess is 1, and the
 * passes read one level after another as a plain level-by-level search would. Once the answer's list is full within
 * some distance, nothing farther is read.
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
    private final int maxResults;
    private final Integer extraHops;
    private final LowerBound lowerBound;
    private final int listedAtLeast;
    private Map<String, Integer> distance = new HashMap<>();
    private int searchedHops;
    private int passes;
    private boolean cappedByResults;

    /**
     * @param extraHops levels searched after the one that reaches the nearest listed party; null: every level up to
     *                  the hop cap
     * @param maxResults parties the answer lists: once that many are found within some distance, nothing farther
     *                   is read
     * @param listedAtLeast the fewest hops the nearest listed party can be from the start (the first guess; 1 when
     *                      nothing better is known): too high a guess costs reading, never a wrong answer
     */
    ExposureSearch(Explored explored, String start, int maxHops, Integer extraHops, int pathsShown, int maxResults,
            LowerBound lowerBound, int listedAtLeast) {
        this.explored = explored;
        this.start = start;
        this.maxHops = maxHops;
        this.extraHops = extraHops;
        this.pathsShown = pathsShown;
        this.maxResults = maxResults;
        this.lowerBound = lowerBound;
        this.listedAtLeast = listedAtLeast;
    }

    /**
     * The designated parties within the hop cap, nearest first and, at one distance, the strongest link first: all
     * of them up to {@link #searchedHops()}, which is where the list ends.
     */
    List<Found> find() {
        // the nearest listed party that ends the answer is 1 hop away or more, never the start itself
        int guess = Math.min(Math.max(1, listedAtLeast), maxHops);
        Pass pass;
        while (true) {
            int bound = extraHops == null ? maxHops : Math.min(maxHops, guess + extraHops);
            pass = pass(bound);
            int nearest = pass.nearestListed();
            if (pass.completeTo() < bound) {
                // enough parties nearer than the bound: nothing farther would be listed (and the nearest listed
                // party, if found, is the nearest of all, as everything up to completeTo was read)
                searchedHops = extraHops == null || nearest == Integer.MAX_VALUE ? pass.completeTo()
                        : Math.min(pass.completeTo(), nearest + extraHops);
                cappedByResults = searchedHops == pass.completeTo();
                break;
            }
            if (extraHops == null) {
                searchedHops = maxHops;
                break;
            }
            if (nearest <= guess || ((bound == maxHops || explored.truncated()) && nearest != Integer.MAX_VALUE)) {
                // the nearest listed party is within the pass, and so is every party up to extraHops beyond it
                searchedHops = Math.min(maxHops, nearest + extraHops);
                break;
            }
            if (bound == maxHops || explored.truncated()) {
                searchedHops = bound;
                break;
            }
            // the nearest listed party lies beyond the guess: at the distance found, or beyond the whole pass
            guess = nearest != Integer.MAX_VALUE ? nearest : bound + 1;
        }
        var found = new ArrayList<Found>();
        pass.designated().forEach((id, designation) -> {
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

    /**
     * @param completeTo the distance up to which every designated party was found: the bound, or less when enough
     *                   parties were found nearer
     */
    private record Pass(Map<String, Network.Designation> designated, int nearestListed, int completeTo) {
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
            if (designated.size() >= maxResults && radius < bound) {
                return new Pass(designated, nearestListed, radius);
            }
            int level = radius;
            frontier = next.stream().filter(id -> level + lowerBound.hops(id) <= bound).toList();
        }
        return new Pass(designated, nearestListed, bound);
    }

    private static boolean listed(Network.Designation designation) {
        return designation != null && !designation.listings().isEmpty();
    }

    /** Every designated party within this many hops is in the answer. */
    int searchedHops() {
        return searchedHops;
    }

    /** Whether the search ended before the distance it was after because the answer's list was already full. */
    boolean cappedByResults() {
        return cappedByResults;
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
