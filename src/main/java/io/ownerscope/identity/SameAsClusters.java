package io.ownerscope.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records that are one party, from identity links (union-find): each cluster has one canonical id, the
 * preferred id when it is a member (the entity an answer is about), otherwise the lowest member id. A record that
 * no link touches is a cluster of its own.
 */
public final class SameAsClusters {

    private static final SameAsClusters NONE = new SameAsClusters(Map.of(), Map.of());

    private final Map<String, String> canonical;
    private final Map<String, List<String>> members;

    private SameAsClusters(Map<String, String> canonical, Map<String, List<String>> members) {
        this.canonical = canonical;
        this.members = members;
    }

    public static SameAsClusters none() {
        return NONE;
    }

    public static SameAsClusters of(Collection<SameAsLink> links, String preferredId) {
        if (links.isEmpty()) {
            return NONE;
        }
        var parent = new HashMap<String, String>();
        for (var link : links) {
            union(parent, link.fromId(), link.toId());
        }
        var byRoot = new HashMap<String, List<String>>();
        for (var id : parent.keySet()) {
            byRoot.computeIfAbsent(find(parent, id), root -> new ArrayList<>()).add(id);
        }
        var canonical = new HashMap<String, String>();
        var members = new HashMap<String, List<String>>();
        for (var cluster : byRoot.values()) {
            cluster.sort(null);
            var chosen = preferredId != null && cluster.contains(preferredId) ? preferredId : cluster.getFirst();
            var frozen = List.copyOf(cluster);
            cluster.forEach(id -> canonical.put(id, chosen));
            members.put(chosen, frozen);
        }
        return new SameAsClusters(canonical, members);
    }

    /** The id that stands for the record's cluster. */
    public String canonical(String id) {
        return canonical.getOrDefault(id, id);
    }

    /** Every record of the cluster of {@code id}, sorted; just {@code id} when it is linked to nobody. */
    public List<String> members(String id) {
        return members.getOrDefault(canonical(id), List.of(id));
    }

    private static void union(Map<String, String> parent, String a, String b) {
        var rootA = find(parent, a);
        var rootB = find(parent, b);
        if (!rootA.equals(rootB)) {
            parent.put(rootA, rootB);
        }
    }

    private static String find(Map<String, String> parent, String id) {
        parent.putIfAbsent(id, id);
        var root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        // path compression keeps long chains of links cheap
        var node = id;
        while (!node.equals(root)) {
            var next = parent.get(node);
            parent.put(node, root);
            node = next;
        }
        return root;
    }
}
