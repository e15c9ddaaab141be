package io.ownerscope.paths;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The part of the graph a search has explored so far: the entities reached, the links between them, and the hubs
 * the guard would not go through. Endpoints are never hubs: a search may start or end at one.
 */
final class Explored {

    private final Network network;
    private final Set<String> endpoints;
    private final boolean allowHubs;
    private final int hubDegree;
    private final int maxNodes;

    private final Map<String, PathNode> nodes = new HashMap<>();
    private final Map<String, Map<String, List<Link>>> adjacency = new HashMap<>();
    private final Set<String> linkKeys = new HashSet<>();
    private final Set<String> expanded = new HashSet<>();
    /** The slack the links of an entity were read with, when some may have been left out. */
    private final Map<String, Integer> readSlack = new HashMap<>();
    private final Set<String> checked = new HashSet<>();
    private final Set<String> entityHubs = new HashSet<>();
    private final Map<String, Hub> hubsSkipped = new LinkedHashMap<>();
    /** Degrees and designations read with the links, before the search asks for them. */
    private final Map<String, Long> degreesRead = new HashMap<>();
    private final Map<String, Network.Designation> designationsRead = new HashMap<>();
    private final Map<String, Integer> hopsRead = new HashMap<>();
    private boolean truncated;
    private int expansions;

    Explored(Network network, Map<String, PathNode> endpoints, boolean allowHubs, int hubDegree, int maxNodes) {
        this.network = network;
        this.endpoints = Set.copyOf(endpoints.keySet());
        this.allowHubs = allowHubs;
        this.hubDegree = hubDegree;
        this.maxNodes = maxNodes;
        nodes.putAll(endpoints);
    }

    /**
     * Reads the links of {@code frontier} (hubs excepted, and those read before) and returns the entities they lead
     * to. Stops growing, and marks the result truncated, once the node cap is reached.
     */
    Set<String> expand(Collection<String> frontier) {
        return expand(frontier, network::expand, null);
    }

    /**
     * As {@link #expand(Collection)}, reading the links lean ({@link Network#reach}): the paths shown must then be
     * given their details with {@link #detail}.
     *
     * @param slack the exposure index count up to which an entity reached may be gone on from (null: any)
     */
    Set<String> reach(Collection<String> frontier, Integer slack) {
        return expand(frontier, ids -> network.reach(ids, slack), slack);
    }

    /**
     * Reads in full the links between the consecutive entities of {@code paths} (found over lean links), and the
     * entities on them and in {@code others}, which replace what was known of them.
     */
    void detail(Collection<List<String>> paths, Collection<String> others) {
        var targets = new HashMap<String, Set<String>>();
        var ids = new LinkedHashSet<String>(others);
        for (var path : paths) {
            ids.addAll(path);
            for (int i = 1; i < path.size(); i++) {
                targets.computeIfAbsent(path.get(i - 1), k -> new HashSet<>()).add(path.get(i));
            }
        }
        if (!targets.isEmpty()) {
            var expansion = network.linksBetween(targets);
            var replaced = new HashSet<String>();
            var read = new HashSet<String>();
            for (var link : expansion.links()) {
                if (!read.add(link.key())) {
                    // the same link read from both of its ends
                    continue;
                }
                for (var pair : List.of(List.of(link.startId(), link.endId()), List.of(link.endId(), link.startId()))) {
                    var known = adjacency.get(pair.get(0));
                    if (replaced.add(pair.get(0) + " " + pair.get(1)) && known != null) {
                        known.remove(pair.get(1));
                    }
                    connect(pair.get(0), pair.get(1), link);
                }
            }
            nodes.putAll(expansion.nodes());
            ids.removeAll(expansion.nodes().keySet());
        }
        ids.removeAll(endpoints);
        if (!ids.isEmpty()) {
            nodes.putAll(network.entities(ids));
        }
    }

    /**
     * @param slack null: the reader returns every link; otherwise it may leave out the entities whose exposure index
     *              count exceeds it (and is not 0), so that an entity read with a smaller slack is read again
     */
    private Set<String> expand(Collection<String> frontier, Function<List<String>, Network.Expansion> reader,
            Integer slack) {
        if (truncated) {
            return Set.of();
        }
        checkHubs(frontier);
        var open = frontier.stream().filter(id -> !entityHubs.contains(id)).toList();
        // entities expanded before (by the search from the other end, or by an earlier pass that needed no more of
        // their links) are not read again, but still lead on
        var unread = open.stream().filter(id -> !expanded.contains(id) || readWithLessSlack(id, slack)).toList();
        if (!unread.isEmpty()) {
            expanded.addAll(unread);
            for (var id : unread) {
                if (slack == null) {
                    readSlack.remove(id);
                } else {
                    readSlack.put(id, slack);
                }
            }
            expansions++;
            var expansion = reader.apply(unread);
            expansion.nodes().forEach(nodes::putIfAbsent);
            expansion.hubs().forEach(hub -> hubsSkipped.putIfAbsent(hub.id(), hub));
            expansion.degrees().forEach(degreesRead::putIfAbsent);
            expansion.designations().forEach(designationsRead::putIfAbsent);
            expansion.hopsToDesignated().forEach(hopsRead::putIfAbsent);
            for (var link : expansion.links()) {
                if (linkKeys.add(link.key())) {
                    connect(link.startId(), link.endId(), link);
                    connect(link.endId(), link.startId(), link);
                }
            }
            if (nodes.size() >= maxNodes) {
                truncated = true;
            }
        }
        var reached = new LinkedHashSet<String>();
        for (var id : open) {
            reached.addAll(adjacency.getOrDefault(id, Map.of()).keySet());
        }
        return reached;
    }

    private boolean readWithLessSlack(String id, Integer slack) {
        var before = readSlack.get(id);
        return before != null && (slack == null || slack > before);
    }

    /**
     * Marks the hubs among the entities not checked yet (endpoints never are), by the degrees read with the links
     * that reached them or, for those reached otherwise, read now.
     */
    void checkHubs(Collection<String> ids) {
        if (allowHubs) {
            return;
        }
        var unchecked = ids.stream().filter(id -> !endpoints.contains(id) && !checked.contains(id)).toList();
        if (unchecked.isEmpty()) {
            return;
        }
        checked.addAll(unchecked);
        var degrees = new HashMap<String, Long>();
        var unread = new ArrayList<String>();
        for (var id : unchecked) {
            var degree = degreesRead.get(id);
            if (degree == null) {
                unread.add(id);
            } else {
                degrees.put(id, degree);
            }
        }
        if (!unread.isEmpty()) {
            degrees.putAll(network.degrees(unread));
        }
        for (var id : unchecked) {
            var degree = degrees.get(id);
            if (degree != null && degree >= hubDegree) {
                entityHubs.add(id);
                var node = nodes.get(id);
                hubsSkipped.putIfAbsent(id, new Hub(id, node == null ? null : node.name(), "entity", degree));
            }
        }
    }

    /**
     * The designated entities among {@code ids}, by the designations read with the links that reached them or, for
     * those reached otherwise, read now.
     */
    Map<String, Network.Designation> designations(Collection<String> ids) {
        var designations = new LinkedHashMap<String, Network.Designation>();
        var unread = new ArrayList<String>();
        for (var id : ids) {
            var designation = designationsRead.get(id);
            if (designation == null) {
                unread.add(id);
            } else if (designation.designated()) {
                designations.put(id, designation);
            }
        }
        if (!unread.isEmpty()) {
            designations.putAll(network.designations(unread));
        }
        return designations;
    }

    /**
     * The exposure index's hop count of an entity reached (or told with {@link #knowHops}), or {@code beyond} when it
     * has none.
     */
    int hopsToDesignated(String id, int beyond) {
        return hopsRead.getOrDefault(id, beyond);
    }

    /** Records an entity's hop count read otherwise than with links (the start of a search). */
    void knowHops(String id, int hops) {
        hopsRead.put(id, hops);
    }

    private void connect(String from, String to, Link link) {
        adjacency.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new ArrayList<>()).add(link);
    }

    /** Whether a path may go through the entity (it is not a hub the guard stopped at). */
    boolean traversable(String id) {
        return !entityHubs.contains(id);
    }

    /** The neighbours known so far, in id order. */
    Set<String> neighbours(String id) {
        return adjacency.getOrDefault(id, Map.of()).keySet();
    }

    /** The links between two entities, strongest first. */
    List<Link> links(String a, String b) {
        var links = new ArrayList<>(adjacency.getOrDefault(a, Map.of()).getOrDefault(b, List.of()));
        links.sort(Comparator.comparingInt((Link l) -> -l.group().strength()).thenComparing(Link::key));
        return links;
    }

    /** The strength of the step between two neighbours: that of their strongest link. */
    int stepStrength(String a, String b) {
        return adjacency.getOrDefault(a, Map.of()).getOrDefault(b, List.of()).stream()
                .mapToInt(l -> l.group().strength()).max().orElse(0);
    }

    /** Orders paths (lists of entity ids) strongest first: by their weakest step, then by the sum of their steps. */
    Comparator<List<String>> strongestFirst() {
        return Comparator.comparingInt((List<String> p) -> -weakestStep(p))
                .thenComparingInt(p -> -strengthSum(p))
                .thenComparing(p -> String.join(" ", p));
    }

    int weakestStep(List<String> path) {
        int min = Integer.MAX_VALUE;
        for (int i = 1; i < path.size(); i++) {
            min = Math.min(min, stepStrength(path.get(i - 1), path.get(i)));
        }
        return path.size() < 2 ? 0 : min;
    }

    private int strengthSum(List<String> path) {
        int sum = 0;
        for (int i = 1; i < path.size(); i++) {
            sum += stepStrength(path.get(i - 1), path.get(i));
        }
        return sum;
    }

    /** How many times links were read (one query each on a graph), and for how many entities in all. */
    String readSummary() {
        return expansions + " reads of the links of " + expanded.size() + " entities, " + nodes.size() + " reached";
    }

    PathNode node(String id) {
        return nodes.get(id);
    }

    List<Hub> hubsSkipped() {
        return List.copyOf(hubsSkipped.values());
    }

    boolean truncated() {
        return truncated;
    }

    void markTruncated() {
        truncated = true;
    }
}
