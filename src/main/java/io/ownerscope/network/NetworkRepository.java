package io.ownerscope.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ownerscope.entities.Money;
import io.ownerscope.entities.Provenance;
import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.reference.TransshipmentCountries;
import io.ownerscope.system.NotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Reads the subgraph around some nodes in one read transaction with the configured timeout: level by level up to the
 * hops asked for, hubs counted rather than expanded, at most {@code maxNodes} nodes; then every link of the kinds
 * asked for between the nodes reached, shipments aggregated into one trade edge per exporter and consignee.
 */
@Repository
class NetworkRepository {

    private static final String NODES = Cypher.load("network/nodes.cypher");
    private static final String NEIGHBOURS = Cypher.load("network/neighbours.cypher");
    private static final String LINKS = Cypher.load("network/links.cypher");
    private static final String TRADE = Cypher.load("network/trade.cypher");

    /** HS codes one trade edge lists, most shipped first. */
    private static final int HS_CODES_SHOWN = 20;

    private final Graph graph;
    private final NetworkSettings settings;
    private final TransshipmentCountries transshipment;

    NetworkRepository(Graph graph, NetworkSettings settings, TransshipmentCountries transshipment) {
        this.transshipment = transshipment;
        this.graph = graph;
        this.settings = settings;
    }

    /**
     * The subgraph a request asks for.
     *
     * @throws NotFoundException naming every id that no entity, address or listing has
     */
    Subgraph read(GraphRequest request) {
        return graph.read(tx -> {
            var nodes = nodes(tx, request.ids(), request.asOf());
            var missing = request.ids().stream().filter(id -> !nodes.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                throw new NotFoundException("no entity with id " + String.join(", ", missing.stream()
                        .map(id -> "'" + id + "'").toList()));
            }
            var included = new LinkedHashSet<>(request.ids());
            var collapsed = new ArrayList<Subgraph.Collapsed>();
            boolean truncated = false;
            Collection<String> frontier = request.ids();
            for (int hop = 1; hop <= request.hops() && !frontier.isEmpty(); hop++) {
                var next = new ArrayList<String>();
                for (var row : tx.run(NEIGHBOURS, parameters(request, frontier)).list()) {
                    long links = row.get("links").asLong();
                    if (links > request.hubLimit()) {
                        collapsed.add(new Subgraph.Collapsed(row.get("id").asString(), row.get("kind").asString(),
                                links));
                        continue;
                    }
                    for (var other : row.get("others").asList(Value::asString)) {
                        if (included.contains(other)) {
                            continue;
                        }
                        if (included.size() >= settings.maxNodes()) {
                            truncated = true;
                            break;
                        }
                        included.add(other);
                        next.add(other);
                    }
                }
                frontier = next;
            }
            var reached = included.stream().filter(id -> !nodes.containsKey(id)).toList();
            nodes.putAll(nodes(tx, reached, request.asOf()));
            var ids = List.copyOf(included);
            var edges = new ArrayList<Subgraph.Edge>();
            tx.run(LINKS, parameters(request, ids)).forEachRemaining(row -> edges.add(link(row)));
            if (request.kinds().contains(LinkKind.TRADE.name())) {
                var parameters = parameters(request, ids);
                parameters.put("sourcesShown", (long) settings.sourcesShown());
                parameters.put("hsCodesShown", (long) HS_CODES_SHOWN);
                tx.run(TRADE, parameters).forEachRemaining(row -> edges.add(trade(row)));
            }
            var ordered = included.stream().map(nodes::get).filter(n -> n != null).toList();
            return new Subgraph(ordered, edges, collapsed, truncated);
        });
    }

    private static Map<String, Object> parameters(GraphRequest request, Collection<String> ids) {
        var parameters = new HashMap<String, Object>();
        parameters.put("ids", List.copyOf(ids));
        parameters.put("kinds", request.kinds());
        parameters.put("asOf", request.asOf());
        parameters.put("hubLimit", (long) request.hubLimit());
        return parameters;
    }

    private Map<String, Subgraph.Node> nodes(TransactionContext tx, Collection<String> ids, LocalDate asOf) {
        var nodes = new LinkedHashMap<String, Subgraph.Node>();
        if (ids.isEmpty()) {
            return nodes;
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("ids", List.copyOf(ids));
        parameters.put("asOf", asOf);
        parameters.put("listedOn", asOf != null ? asOf : LocalDate.now());
        tx.run(NODES, parameters).forEachRemaining(row -> {
            var node = node(row);
            nodes.put(node.id(), node);
        });
        return nodes;
    }

    private Subgraph.Node node(Record row) {
        var labels = row.get("labels").asList(Value::asString).stream().sorted().toList();
        var source = row.get("provenance").asMap();
        var datasets = new LinkedHashSet<String>();
        if (source.get("dataset") != null) {
            datasets.add((String) source.get("dataset"));
        }
        datasets.addAll(row.get("listingDatasets").asList(Value::asString));
        var country = row.get("country").asString(null);
        return new Subgraph.Node(row.get("id").asString(), row.get("name").asString(null),
                labels.isEmpty() ? "Entity" : labels.getFirst(), country, List.copyOf(datasets),
                row.get("listed").asBoolean(), row.get("derived").asBoolean(),
                country != null && settings.russiaCountries().contains(country),
                transshipment.contains(country),
                sources(List.of(source)), Provenance.factsOf(row.get("facts").asMap(), Set.of()));
    }

    private static Subgraph.Edge link(Record row) {
        var kind = row.get("kind").asString();
        var facts = new LinkedHashMap<>(row.get("facts").asMap());
        Object start = facts.get("startDate");
        Object end = facts.get("endDate");
        if (!row.get("listing").isNull()) {
            var listing = row.get("listing").asMap();
            facts.putAll(listing);
            start = listing.get("listedOn");
            end = listing.get("delistedOn");
        }
        var shown = Provenance.factsOf(facts, Set.of("startDate", "endDate"));
        var share = facts.get("share") instanceof Number number ? number.doubleValue() : null;
        return new Subgraph.Edge(row.get("key").asString(), row.get("source").asString(),
                row.get("target").asString(), kind, EdgeLabels.of(kind, facts), share, start, end, List.of(), null,
                null, sources(List.of(row.get("provenance").asMap())), shown);
    }

    private static Subgraph.Edge trade(Record row) {
        var exporter = row.get("exporter").asString();
        var consignee = row.get("consignee").asString();
        long shipments = row.get("shipments").asLong();
        var value = Money.cents(row.get("valueUsd").asObject());
        var hsCodes = row.get("hsCodes").asList(Value::asString);
        return new Subgraph.Edge("trade:" + exporter + ">" + consignee, exporter, consignee, LinkKind.TRADE.name(),
                EdgeLabels.trade(shipments, hsCodes, value), null, row.get("firstDate").asObject(),
                row.get("lastDate").asObject(), hsCodes, value, shipments,
                sources(row.get("sources").asList(Value::asMap)), Map.of());
    }

    private static List<Map<String, Object>> sources(List<Map<String, Object>> records) {
        return records.stream().map(Provenance::sourceOf).filter(source -> !source.isEmpty()).toList();
    }
}
