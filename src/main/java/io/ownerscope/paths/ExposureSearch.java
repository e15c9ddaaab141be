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
 * paths back to the entity. Unless asked for every level, the search ends {@code extraHops} levels after the one
 * that reaches the nearest listed party: derived designations met on the way are reported with it, and what lies
 * farther is not read (on a large graph the levels grow several times over each hop).
 */
final class ExposureSearch {

    /** Shortest paths to one designated party collected before ranking them. */
    private static final int CANDIDATES_PER_PARTY = 200;

    /** A designated party found at {@code distance} hops, with its best paths (entity ids, from the start). */
    record Found(String id, int distance, Network.Designation designation, List<List<String>> paths) {
    }

    private final Explored explored;
    private final String start;
    private final int maxHops;
    private final int pathsShown;
    private final Integer extraHops;
    private final Map<String, Integer> distance = new HashMap<>();
    private int searchedHops;

    /**
     * @param extraHops levels searched after the one that reaches the nearest listed party; null: every level up to
     *                  the hop cap
     */
    ExposureSearch(Explored explored, String start, int maxHops, Integer extraHops, int pathsShown) {
        this.explored = explored;
        this.start = start;
        this.maxHops = maxHops;
        this.extraHops = extraHops;
        this.pathsShown = pathsShown;
    }

    /** Every designated party within the hop cap, nearest first and, at one distance, the strongest link first. */
    List<Found> find() {
        var designated = new LinkedHashMap<String, Network.Designation>();
        distance.put(start, 0);
        designated.putAll(explored.designations(List.of(start)));
        List<String> frontier = List.of(start);
        int lastLevel = maxHops;
        for (int radius = 1; radius <= lastLevel && !frontier.isEmpty() && !explored.truncated(); radius++) {
            searchedHops = radius;
            var next = new ArrayList<String>();
            for (var id : explored.expand(frontier)) {
                if (!distance.containsKey(id)) {
                    distance.put(id, radius);
                    next.add(id);
                }
            }
            if (!next.isEmpty()) {
                var reached = explored.designations(next);
                designated.putAll(reached);
                if (extraHops != null && lastLevel == maxHops
                        && reached.values().stream().anyMatch(d -> !d.listings().isEmpty())) {
                    lastLevel = Math.min(maxHops, radius + extraHops);
                }
            }
            frontier = next;
        }
        var found = new ArrayList<Found>();
        designated.forEach((id, designation) -> found.add(new Found(id, distance.get(id), designation,
                bestPaths(id))));
        found.sort(Comparator.comparingInt(Found::distance)
                .thenComparing(f -> f.paths().isEmpty() ? List.of(f.id()) : f.paths().getFirst(),
                        explored.strongestFirst())
                .thenComparing(Found::id));
        return found;
    }

    /** The levels read: the hop cap, or fewer when the search ended early or ran out of entities. */
    int searchedHops() {
        return searchedHops;
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
