package io.ownerscope.paths;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A network held in memory for the search tests: ownership links, every entity's degree its number of links, and
 * the entities listed by name.
 */
record InMemoryNetwork(List<Link> links, Collection<String> listed) implements Network {

    InMemoryNetwork(List<Link> links) {
        this(links, List.of());
    }

    static Link owns(String owner, String owned) {
        return new Link(owner + ">" + owned, owner, owned, LinkGroup.OWNERSHIP, "OWNS", Map.of(), List.of());
    }

    @Override
    public Map<String, PathNode> entities(Collection<String> ids) {
        var nodes = new HashMap<String, PathNode>();
        ids.forEach(id -> nodes.put(id, node(id)));
        return nodes;
    }

    @Override
    public Map<String, Long> degrees(Collection<String> ids) {
        var degrees = new HashMap<String, Long>();
        for (var id : ids) {
            degrees.put(id, links.stream().filter(l -> l.startId().equals(id) || l.endId().equals(id)).count());
        }
        return degrees;
    }

    @Override
    public Expansion expand(Collection<String> ids) {
        var found = links.stream().filter(l -> ids.contains(l.startId()) || ids.contains(l.endId())).toList();
        var nodes = new HashMap<String, PathNode>();
        found.forEach(l -> {
            nodes.put(l.startId(), node(l.startId()));
            nodes.put(l.endId(), node(l.endId()));
        });
        return new Expansion(found, nodes, List.of());
    }

    @Override
    public Map<String, Designation> designations(Collection<String> ids) {
        var designations = new HashMap<String, Designation>();
        ids.stream().filter(listed::contains).forEach(id -> designations.put(id,
                new Designation(List.of(Map.of("authority", "OFAC", "program", "RUSSIA-EO14024")), List.of())));
        return designations;
    }

    private static PathNode node(String id) {
        return new PathNode(id, List.of("Company"), id, null, List.of());
    }
}
