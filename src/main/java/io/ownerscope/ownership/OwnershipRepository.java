package io.ownerscope.ownership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Reads ownership networks from the graph, level by level, in one read transaction with caps. */
@Repository
class OwnershipRepository {

    private static final String PARTY = Cypher.load("ownership/party.cypher");
    private static final String HOLDINGS_INTO = Cypher.load("ownership/holdings-into.cypher");
    private static final String HOLDINGS_FROM = Cypher.load("ownership/holdings-from.cypher");
    private static final String LISTINGS = Cypher.load("ownership/listings.cypher");
    private static final String ALL_HOLDINGS = Cypher.load("ownership/all-holdings.cypher");
    private static final String ALL_LISTINGS = Cypher.load("ownership/all-listings.cypher");

    enum Direction { UPSTREAM, DOWNSTREAM }

    private final Graph graph;
    private final OwnershipSettings settings;

    OwnershipRepository(Graph graph, OwnershipSettings settings) {
        this.graph = graph;
        this.settings = settings;
    }

    Optional<Party> party(String id) {
        return graph.read(tx -> tx.run(PARTY, Map.of("id", id)).list()).stream().findFirst()
                .map(r -> party(r.get("party")));
    }

    /**
     * The links around {@code id} in one direction, breadth-first up to the depth and node caps, with the listings
     * of the given authorities for every party reached.
     */
    OwnershipNetwork neighbourhood(Party start, Direction direction, LocalDate asOf, List<String> authorities) {
        return graph.read(tx -> {
            var network = new OwnershipNetwork();
            network.addParty(start);
            var seen = new HashSet<String>(List.of(start.id()));
            List<String> frontier = List.of(start.id());
            var statement = direction == Direction.UPSTREAM ? HOLDINGS_INTO : HOLDINGS_FROM;
            for (int depth = 0; depth < settings.maxDepth() && !frontier.isEmpty(); depth++) {
                var next = new ArrayList<String>();
                var rows = tx.run(statement, Map.of("ids", frontier, "asOf", asOf,
                        "maxRows", settings.maxNodes() + 1L)).list();
                if (rows.size() > settings.maxNodes()) {
                    network.markTruncated();
                }
                for (var row : rows) {
                    network.addHolding(holding(row, true));
                    var party = party(row.get("party"));
                    network.addParty(party);
                    if (seen.add(party.id())) {
                        next.add(party.id());
                    }
                }
                frontier = next;
                if (seen.size() > settings.maxNodes()) {
                    network.markTruncated();
                    break;
                }
            }
            frontier.forEach(network::markUnexplored);
            addListings(tx, network, List.copyOf(seen), asOf, authorities);
            return network;
        });
    }

    /** Every ownership and control link in force on {@code asOf}, and every listing of the authorities. */
    OwnershipNetwork wholeGraph(LocalDate asOf, List<String> authorities) {
        return graph.read(tx -> {
            var network = new OwnershipNetwork();
            tx.run(ALL_HOLDINGS, Map.of("asOf", asOf)).forEachRemaining(row -> network.addHolding(holding(row, false)));
            tx.run(ALL_LISTINGS, Map.of("asOf", asOf, "authorities", authorities))
                    .forEachRemaining(row -> network.addListing(row.get("id").asString(), listing(row, false)));
            return network;
        });
    }

    private static void addListings(TransactionContext tx, OwnershipNetwork network, List<String> ids,
            LocalDate asOf, List<String> authorities) {
        tx.run(LISTINGS, Map.of("ids", ids, "asOf", asOf, "authorities", authorities))
                .forEachRemaining(row -> network.addListing(row.get("id").asString(), listing(row, true)));
    }

    private static Holding holding(Record row, boolean withSource) {
        var kind = Holding.Kind.valueOf(row.get("kind").asString());
        var share = row.get("share").isNull() ? null : row.get("share").asDouble();
        double min = kind == Holding.Kind.OWNS ? row.get("shareMin").asDouble(0) : 0;
        double max = kind == Holding.Kind.OWNS ? row.get("shareMax").asDouble(100) : 0;
        Map<String, Object> source = withSource ? row.get("source").asMap() : sourceOf(row);
        return new Holding(row.get("ownerId").asString(), row.get("ownedId").asString(), kind, share, min, max,
                withSource ? row.get("interestType").asString(null) : null,
                withSource ? localDate(row.get("startDate")) : null,
                withSource ? localDate(row.get("endDate")) : null, source);
    }

    private static Map<String, Object> sourceOf(Record row) {
        return row.get("recordId").isNull() ? Map.of()
                : Map.of("dataset", row.get("dataset").asString(""), "recordId", row.get("recordId").asString());
    }

    private static Listing listing(Record row, boolean withSource) {
        return new Listing(row.get("sanctionId").asString(), row.get("authority").asString(),
                row.get("program").asString(), localDate(row.get("listedOn")), localDate(row.get("delistedOn")),
                withSource ? row.get("source").asMap() : Map.of());
    }

    private static Party party(Value value) {
        return new Party(value.get("id").asString(), value.get("name").asString(null),
                value.get("labels").asList(Value::asString).stream().filter(l -> !l.equals("Entity")).toList(),
                value.get("country").asString(null));
    }

    private static LocalDate localDate(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}
