package io.ownerscope.paths;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The k shortest paths between two entities, as sequences of distinct entities (a shared address or a shipment is
 * one hop): a breadth-first search grown from both ends, one level at a time, always on the smaller frontier, until
 * k paths are known or the two radii add up to the hop cap; then the paths are enumerated inside the explored part,
 * shortest first and, among paths of one length, strongest first.
 */
final class PathSearch {

    /** Paths of one length collected before ranking them; bounds the enumeration on dense graphs. */
    private static final int CANDIDATES_PER_LENGTH = 1000;
    /** Enumeration steps allowed per call, for the same reason. */
    private static final int STEP_BUDGET = 2_000_000;

    private final Explored explored;
    private final String from;
    private final String to;
    private final int k;
    private final int maxHops;

    private final Map<String, Integer> fromDistance = new HashMap<>();
    private final Map<String, Integer> toDistance = new HashMap<>();
    private int fromRadius;
    private int toRadius;
    private boolean fromExhausted;
    private boolean toExhausted;
    private int steps;

    PathSearch(Explored explored, String from, String to, int k, int maxHops) {
        this.explored = explored;
        this.from = from;
        this.to = to;
        this.k = k;
        this.maxHops = maxHops;
    }

    List<List<String>> find() {
        fromDistance.put(from, 0);
        toDistance.put(to, 0);
        List<String> fromFrontier = List.of(from);
        List<String> toFrontier = List.of(to);
        while (true) {
            boolean complete = fromExhausted || toExhausted;
            int bound = complete ? maxHops : Math.min(maxHops, fromRadius + toRadius);
            // where the two searches meet, entities may not have been expanded yet: a path may not go through hubs
            explored.checkHubs(fromFrontier);
            explored.checkHubs(toFrontier);
            var paths = enumerate(bound);
            if (paths.size() >= k || bound >= maxHops || explored.truncated()) {
                return paths;
            }
            if (fromFrontier.size() <= toFrontier.size()) {
                fromFrontier = level(fromFrontier, fromDistance, ++fromRadius);
                fromExhausted = fromFrontier.isEmpty();
            } else {
                toFrontier = level(toFrontier, toDistance, ++toRadius);
                toExhausted = toFrontier.isEmpty();
            }
        }
    }

    private List<String> level(List<String> frontier, Map<String, Integer> distance, int radius) {
        var next = new ArrayList<String>();
        for (var id : explored.expand(frontier)) {
            if (!distance.containsKey(id)) {
                distance.put(id, radius);
                next.add(id);
            }
        }
        return next;
    }

    /** The shortest paths of at most {@code bound} hops, up to k, shortest and then strongest first. */
    private List<List<String>> enumerate(int bound) {
        steps = 0;
        var result = new ArrayList<List<String>>();
        for (int length = 1; length <= bound && result.size() < k; length++) {
            var found = new ArrayList<List<String>>();
            var path = new ArrayList<String>();
            path.add(from);
            walk(path, length, found);
            found.sort(explored.strongestFirst());
            result.addAll(found.subList(0, Math.min(found.size(), k - result.size())));
        }
        return result;
    }

    private void walk(List<String> path, int length, List<List<String>> found) {
        if (found.size() >= CANDIDATES_PER_LENGTH || ++steps > STEP_BUDGET) {
            explored.markTruncated();
            return;
        }
        var last = path.getLast();
        int hops = path.size() - 1;
        if (last.equals(to)) {
            if (hops == length) {
                found.add(List.copyOf(path));
            }
            return;
        }
        if (hops == length || (hops > 0 && !explored.traversable(last))) {
            return;
        }
        Set<String> neighbours = explored.neighbours(last);
        for (var next : neighbours) {
            if (path.contains(next) || hops + 1 + distanceToTarget(next) > length) {
                continue;
            }
            path.add(next);
            walk(path, length, found);
            path.removeLast();
        }
    }

    /** A lower bound of the hops left from {@code id} to the target. */
    private int distanceToTarget(String id) {
        var known = toDistance.get(id);
        if (known != null) {
            return known;
        }
        return toExhausted ? Integer.MAX_VALUE / 2 : toRadius + 1;
    }
}
