package io.ownerscope.paths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ownerscope.graph.Cypher;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * A {@link Network} read inside one read transaction: one query per level of a search for every kind of link at once,
 * with the degrees and designations of the entities it reaches.
 */
final class GraphNetwork implements Network {

    private static final String ENTITIES = Cypher.load("paths/entities.cypher");
    private static final String DEGREES = Cypher.load("paths/degrees.cypher");
    private static final String EXPAND = Cypher.load("paths/expand.cypher");
    private static final String REACH = Cypher.load("paths/reach.cypher");
    private static final String LINKS_BETWEEN = Cypher.load("paths/links-between.cypher");
    private static final String DESIGNATIONS = Cypher.load("paths/designations.cypher");

    /** Latest shipments shown per trade link. */
    private static final int SHIPMENTS_SHOWN = 5;

    private final TransactionContext tx;
    private final LocalDate asOf;
    private final List<LinkGroup> groups;
    private final boolean allowHubs;
    private final int hubDegree;
    private final List<String> authorities;
    private final List<String> regimes;

    GraphNetwork(TransactionContext tx, LocalDate asOf, List<LinkGroup> groups, boolean allowHubs, int hubDegree,
            List<String> authorities, List<String> regimes) {
        this.tx = tx;
        this.asOf = asOf;
        this.groups = groups;
        this.allowHubs = allowHubs;
        this.hubDegree = hubDegree;
        this.authorities = authorities;
        this.regimes = regimes;
    }

    @Override
    public Map<String, PathNode> entities(Collection<String> ids) {
        var nodes = new LinkedHashMap<String, PathNode>();
        tx.run(ENTITIES, Map.of("ids", List.copyOf(ids))).forEachRemaining(row -> {
            var node = node(row.get("node"));
            nodes.put(node.id(), node);
        });
        return nodes;
    }

    @Override
    public Map<String, Long> degrees(Collection<String> ids) {
        var degrees = new HashMap<String, Long>();
        tx.run(DEGREES, Map.of("ids", List.copyOf(ids), "hubDegree", (long) hubDegree))
                .forEachRemaining(row -> degrees.put(row.get("id").asString(), row.get("degree").asLong()));
        return degrees;
    }

    @Override
    public Expansion expand(Collection<String> ids) {
        return expand(EXPAND, levelParameters(ids));
    }

    /** Reads only the links between each pair, each pair once whichever way it is named. */
    @Override
    public Expansion linksBetween(Map<String, Set<String>> targets) {
        var pairs = new LinkedHashSet<List<String>>();
        targets.forEach((from, tos) -> tos.forEach(to -> pairs.add(from.compareTo(to) < 0 ? List.of(from, to)
                : List.of(to, from))));
        var parameters = levelParameters(List.of());
        parameters.put("pairs", pairs.stream().map(pair -> Map.of("from", pair.get(0), "to", pair.get(1))).toList());
        return expand(LINKS_BETWEEN, parameters);
    }

    @Override
    public Expansion reach(Collection<String> ids, Integer slack) {
        var level = new Level();
        var parameters = levelParameters(ids);
        parameters.put("slack", slack);
        parameters.put("indexed", slack != null);
        tx.run(REACH, parameters).forEachRemaining(row -> {
            if (row.get("id").isNull()) {
                for (var link : row.get("links").values()) {
                    var hub = link.get("hub");
                    if (!hub.isNull()) {
                        level.hubs.add(new Hub(hub.get("id").asString(), hub.get("full").asString(null), "address",
                                hub.get("degree").asLong()));
                    }
                }
                return;
            }
            var id = row.get("id").asString();
            level.reached(new PathNode(id, List.of(), row.get("hubName").asString(null), null, List.of()), row);
            for (var link : row.get("links").values()) {
                level.links.add(leanLink(link.get("fromId").asString(), id, link));
            }
        });
        return level.expansion();
    }

    /** What one level query read: links, entities reached, hubs skipped, and what came with the entities. */
    private final class Level {

        final List<Link> links = new ArrayList<>();
        final List<Hub> hubs = new ArrayList<>();
        private final Map<String, PathNode> nodes = new HashMap<>();
        private final Map<String, Long> degrees = new HashMap<>();
        private final Map<String, Designation> designations = new HashMap<>();
        private final Map<String, Integer> hopsToDesignated = new HashMap<>();

        /** An entity reached, with its degree, exposure index count and designation when the row has them. */
        void reached(PathNode node, Record row) {
            nodes.put(node.id(), node);
            if (!row.get("degree").isNull()) {
                degrees.put(node.id(), row.get("degree").asLong());
            }
            if (!row.get("hopsToDesignated").isNull()) {
                hopsToDesignated.put(node.id(), row.get("hopsToDesignated").asInt());
            }
            if (!regimes.isEmpty()) {
                designations.put(node.id(), row.get("listings").isNull() ? Designation.NONE
                        : designation(row.get("listings"), row.get("derived")));
            }
        }

        Expansion expansion() {
            return new Expansion(links, nodes, hubs, degrees, designations, hopsToDesignated);
        }
    }

    /** The parameters every level query takes: the entities, the date, the hub guard and what counts as designated. */
    private Map<String, Object> levelParameters(Collection<String> ids) {
        var parameters = new HashMap<String, Object>();
        parameters.put("ids", List.copyOf(ids));
        parameters.put("asOf", asOf);
        parameters.put("allowHubs", allowHubs);
        parameters.put("hubDegree", (long) hubDegree);
        parameters.put("authorities", authorities);
        parameters.put("regimes", regimes);
        return parameters;
    }

    /** A link as reach.cypher gives it: its kind, its ends and a key equal to that of the same link in full. */
    private static Link leanLink(String fromId, String otherId, Value link) {
        var type = link.get("type").asString();
        return switch (type) {
            case "REGISTERED_AT" -> Link.sharedAddress(link.get("key").asString(), fromId, otherId, Map.of(),
                    List.of());
            case "EXPORTED" -> link.get("outgoing").asBoolean() ? Link.trade(fromId, otherId, Map.of(), List.of())
                    : Link.trade(otherId, fromId, Map.of(), List.of());
            default -> {
                var outgoing = link.get("outgoing").asBoolean();
                yield new Link(link.get("key").asString(), outgoing ? fromId : otherId, outgoing ? otherId : fromId,
                        LinkGroup.ofRelationshipType(type), type, Map.of(), List.of());
            }
        };
    }

    /** Runs expand.cypher, or a query that gives the same columns, with the link groups asked for. */
    private Expansion expand(String query, Map<String, Object> parameters) {
        var level = new Level();
        var directTypes = groups.stream().filter(g -> g != LinkGroup.ADDRESS && g != LinkGroup.TRADE)
                .flatMap(g -> g.relationshipTypes().stream()).toList();
        parameters.put("direct", !directTypes.isEmpty());
        parameters.put("types", directTypes);
        parameters.put("address", groups.contains(LinkGroup.ADDRESS));
        parameters.put("trade", groups.contains(LinkGroup.TRADE));
        parameters.put("shipmentsShown", (long) SHIPMENTS_SHOWN);
        tx.run(query, parameters).forEachRemaining(row -> {
            var otherValue = row.get("other");
            if (otherValue.isNull()) {
                // addresses not gone through (hubs) or shared with no one else
                for (var link : row.get("links").values()) {
                    var detail = link.get("detail");
                    var address = detail.get("address");
                    long degree = detail.get("degree").asLong();
                    if (!allowHubs && degree >= hubDegree) {
                        level.hubs.add(new Hub(address.get("id").asString(), address.get("full").asString(null),
                                "address",
                                degree));
                    }
                }
                return;
            }
            var other = node(otherValue);
            level.reached(other, row);
            for (var link : row.get("links").values()) {
                var fromId = link.get("fromId").asString();
                var detail = link.get("detail");
                switch (link.get("kind").asString()) {
                    case "direct" -> level.links.add(directLink(detail));
                    case "address" -> level.links.add(addressLink(fromId, other.id(), detail.get("address"),
                            detail.get("own"), detail.get("theirs")));
                    case "trade" -> level.links.add(tradeLink(fromId, other.id(), detail.get("exported").asBoolean(),
                            detail.get("shipments").asLong(), detail.get("valueUsd"), detail.get("firstDate"),
                            detail.get("lastDate"), detail.get("latest")));
                    default -> throw new IllegalStateException("unknown kind of link " + link.get("kind"));
                }
            }
        });
        return level.expansion();
    }

    @Override
    public Map<String, Designation> designations(Collection<String> ids) {
        var designations = new HashMap<String, Designation>();
        if (regimes.isEmpty()) {
            return designations;
        }
        tx.run(DESIGNATIONS, Map.of("ids", List.copyOf(ids), "asOf", asOf, "authorities", authorities,
                "regimes", regimes)).forEachRemaining(row -> {
                    designations.put(row.get("id").asString(), designation(row.get("listings"), row.get("derived")));
                });
        return designations;
    }

    /** A designation as designations.cypher returns it: listings with one {@code source}, derived ones compacted. */
    static Designation designation(Value listings, Value derived) {
        return new Designation(listings.asList(v -> withSource(v.asMap())), derived.asList(v -> compact(v.asMap())));
    }

    private static Link directLink(Value r) {
        var type = r.get("type").asString();
        var details = new LinkedHashMap<String, Object>();
        for (var key : List.of("share", "shareMin", "shareMax", "role", "interestType", "startDate", "endDate",
                "scheme", "value")) {
            if (!r.get(key).isNull()) {
                details.put(key, r.get(key).asObject());
            }
        }
        return new Link(r.get("key").asString(), r.get("startId").asString(), r.get("endId").asString(),
                LinkGroup.ofRelationshipType(type), type, details, sources(r));
    }

    private static Link addressLink(String fromId, String otherId, Value address, Value own, Value theirs) {
        var details = new LinkedHashMap<String, Object>();
        details.put("address", compact(Map.of("id", address.get("id").asString(),
                "full", address.get("full").asString(""), "country", address.get("country").asString(""))));
        // the sources of the first end's registration first, whichever end it was found from
        var sources = new ArrayList<String>();
        var fromFirst = fromId.compareTo(otherId) < 0;
        sources.addAll(sources(fromFirst ? own : theirs));
        sources.addAll(sources(fromFirst ? theirs : own));
        sources.addAll(sources(address));
        return Link.sharedAddress(address.get("id").asString(), fromId, otherId, details,
                sources.stream().distinct().toList());
    }

    private static Link tradeLink(String fromId, String otherId, boolean exported, long count, Value valueUsd,
            Value firstDate, Value lastDate, Value latest) {
        var exporter = exported ? fromId : otherId;
        var consignee = exported ? otherId : fromId;
        var details = new LinkedHashMap<String, Object>();
        details.put("shipmentCount", count);
        if (!valueUsd.isNull()) {
            details.put("valueUsd", Math.round(valueUsd.asDouble() * 100) / 100.0); // money in cents
        }
        if (!firstDate.isNull()) {
            details.put("firstDate", firstDate.asObject());
            details.put("lastDate", lastDate.asObject());
        }
        var shipments = latest.asList(s -> withSource(s.asMap()));
        details.put("shipments", shipments);
        var sources = shipments.stream().map(s -> (String) s.get("source")).filter(s -> s != null).toList();
        return Link.trade(exporter, consignee, details, sources);
    }

    static PathNode node(Value n) {
        var labels = n.get("labels").asList(Value::asString).stream().filter(l -> !l.equals("Entity")).sorted()
                .toList();
        return new PathNode(n.get("id").asString(), labels, n.get("name").asString(null),
                n.get("country").asString(null), sources(n));
    }

    private static List<String> sources(Value v) {
        if (v.isNull() || v.get("recordId").isNull()) {
            return List.of();
        }
        return List.of(v.get("dataset").asString("") + ":" + v.get("recordId").asString());
    }

    /** The map without dataset and recordId, which become one {@code source} entry, and without null values. */
    private static Map<String, Object> withSource(Map<String, Object> map) {
        var result = compact(map);
        result.remove("dataset");
        result.remove("recordId");
        if (map.get("recordId") != null) {
            result.put("source", (map.get("dataset") == null ? "" : map.get("dataset")) + ":" + map.get("recordId"));
        }
        return result;
    }

    private static Map<String, Object> compact(Map<String, Object> map) {
        var result = new LinkedHashMap<String, Object>();
        map.forEach((key, value) -> {
            if (value != null) {
                result.put(key, value);
            }
        });
        return result;
    }
}
