package io.ownerscope.ownership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.identity.SameAsClusters;
import io.ownerscope.identity.SameAsLink;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Reads ownership networks from the graph, level by level, in one read transaction with caps. */
@Repository
class OwnershipRepository {

    private static final String UPSTREAM = Cypher.load("ownership/upstream-network.cypher");
    private static final String DOWNSTREAM = Cypher.load("ownership/downstream-network.cypher");
    private static final String ENDED_BEFORE = Cypher.load("ownership/ended-before.cypher");
    private static final String NOTHING_LISTED_UPSTREAM = Cypher.load("ownership/nothing-listed-upstream.cypher");
    /** The largest neighbourhood a designation is answered for without reading it (its check grows with its square). */
    static final int SHORT_PATH_NODES = 1_000;
    private static final String ALL_HOLDINGS = Cypher.load("ownership/all-holdings.cypher");
    private static final String ALL_LISTINGS = Cypher.load("ownership/all-listings.cypher");
    private static final String ALL_SAME_AS = Cypher.load("ownership/all-same-as.cypher");

    /** How far the one-query traversals reach (the bound written in their Cypher). */
    static final int TRAVERSAL_HOPS = 10;

    /** How many identity links one chain of the whole-graph scan may cross (each is one more round). */
    static final int MAX_IDENTITY_ROUNDS = 10;

    enum Direction { UPSTREAM, DOWNSTREAM }

    private final Graph graph;
    private final OwnershipSettings settings;

    OwnershipRepository(Graph graph, OwnershipSettings settings) {
        this.graph = graph;
        this.settings = settings;
    }

    /** Something an entity's designation may have rested on that ended on or before a date. */
    record Ended(LocalDate until, LocalDate lastDay, String what) {
    }

    /**
     * The parties that can own (upstream) or be owned by (downstream) {@code id} within the traversal cap, with the
     * links valid on {@code asOf} and, upstream, the listings of the given authorities; empty for an unknown id.
     * One read transaction: one query, and one more for each identity link a chain crosses (at most
     * {@link #MAX_IDENTITY_ROUNDS}). At most {@code maxParties} parties are read (the query's limit); the network
     * is marked truncated when there were more.
     */
    Optional<OwnershipNetwork> neighbourhood(String id, Direction direction, LocalDate asOf,
            List<String> authorities, int maxParties) {
        return graph.read(tx -> new Reader(tx).neighbourhood(id, direction, asOf, authorities, maxParties));
    }

    /**
     * Runs {@code work} with the reads of one read transaction: an answer that needs several (a designation, and
     * what ended before it) pays for one transaction and sees one state of the graph.
     */
    <T> T inOneRead(java.util.function.Function<Reader, T> work) {
        return graph.read(tx -> work.apply(new Reader(tx)));
    }

    /** The reads of this repository within one open read transaction. */
    final class Reader {

        private final org.neo4j.driver.TransactionContext tx;

        private Reader(org.neo4j.driver.TransactionContext tx) {
            this.tx = tx;
        }

        /** What ended on or before {@code asOf} upstream of {@code id}, the latest first, at most {@code limit}. */
        List<Ended> endedBefore(String id, LocalDate asOf, List<String> authorities, int limit) {
            return tx.run(ENDED_BEFORE, Map.of("id", id, "asOf", asOf, "authorities", authorities,
                    "maxNodes", (long) settings.maxNodes(), "limit", (long) limit)).list(row -> new Ended(
                    row.get("until").asLocalDate(), row.get("lastDay").asLocalDate(), row.get("what").asString()));
        }

        /**
         * The entity alone, as the network of its designation, when nothing upstream of it can designate it: no
         * listing of the authorities at any time and no identity link within the traversal cap, and at most
         * {@link #SHORT_PATH_NODES} parties there. It is marked truncated when the whole network would be (a link in
         * force on {@code asOf} reaches the neighbourhood from past the cap). Empty when the whole network must be
         * read, or the entity is unknown. Designation gives the same answer on it as on the whole network, at the
         * cost of one traversal that carries no properties.
         */
        Optional<OwnershipNetwork> aloneUpstream(String id, LocalDate asOf, List<String> authorities) {
            var rows = tx.run(NOTHING_LISTED_UPSTREAM, Map.of("id", id, "asOf", asOf, "authorities", authorities,
                    "shortPathNodes", (long) Math.min(SHORT_PATH_NODES, settings.maxNodes() - 1))).list();
            if (rows.isEmpty() || !rows.getFirst().get("nothingUpstream").asBoolean()) {
                return Optional.empty();
            }
            var network = new OwnershipNetwork(SameAsClusters.of(List.of(), id), List.of());
            network.addParty(party(rows.getFirst().get("party")));
            if (rows.getFirst().get("truncated").asBoolean()) {
                network.markTruncated();
            }
            return Optional.of(network);
        }

        /** As {@link OwnershipRepository#neighbourhood}, within this transaction. */
        Optional<OwnershipNetwork> neighbourhood(String id, Direction direction, LocalDate asOf,
                List<String> authorities, int maxParties) {
            return network(tx, id, direction, asOf, authorities, maxParties);
        }
    }

    private Optional<OwnershipNetwork> network(org.neo4j.driver.TransactionContext tx, String id, Direction direction,
            LocalDate asOf, List<String> authorities, int maxParties) {
        var statement = direction == Direction.UPSTREAM ? UPSTREAM : DOWNSTREAM;
        int limit = Math.min(maxParties, settings.maxNodes());
        var links = new LinkedHashMap<String, SameAsLink>();
        var reached = new HashSet<String>();
        // rounds: what the entity reaches, then again from the records that are the same entities as the parties
        // reached; without identity links the first round is the whole answer
        var rows = new ArrayList<Record>();
        var seeds = List.of(id);
        for (int round = 0; !seeds.isEmpty() && round < MAX_IDENTITY_ROUNDS && rows.size() < limit; round++) {
            var batch = tx.run(statement, Map.of("seeds", seeds, "asOf", asOf, "authorities", authorities,
                    "maxNodes", (long) limit - rows.size(), "maxLinks", (long) limit)).list();
            for (var row : batch) {
                if (reached.add(row.get("party").get("id").asString())) {
                    rows.add(row);
                }
                for (var link : row.get("sameAs").values()) {
                    var sameAs = sameAs(link);
                    links.putIfAbsent(sameAs.scheme() + ":" + sameAs.value() + ":" + sameAs.fromId() + ":"
                            + sameAs.toId(), sameAs);
                }
            }
            seeds = links.values().stream().flatMap(l -> java.util.stream.Stream.of(l.fromId(), l.toId()))
                    .filter(peer -> !reached.contains(peer)).distinct().toList();
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var network = new OwnershipNetwork(SameAsClusters.of(links.values(), id), List.copyOf(links.values()));
        for (var link : links.values()) {
            network.addParty(party(link.from()));
            network.addParty(party(link.to()));
        }
        for (var row : rows) {
            var party = party(row.get("party"));
            network.addParty(party);
            for (var listing : row.get("listings").values()) {
                network.addListing(party.id(), listing(listing));
            }
        }
        for (var row : rows) {
            if (row.get("holdings").size() >= limit) {
                network.markTruncated();
            }
            for (var holding : row.get("holdings").values()) {
                network.addHolding(holding(holding));
                var other = party(holding.get("other"));
                network.addParty(other);
                if (!reached.contains(other.id())) {
                    // beyond the traversal cap: its own owners (or holdings) were not fetched
                    network.markUnexplored(other.id());
                }
            }
        }
        if (rows.size() >= limit) {
            network.markTruncated();
        }
        return Optional.of(network);
    }

    /**
     * Every listing of the authorities in force on {@code asOf}, and the links in force that designations can flow
     * along (out of the parties that listed parties own or control, directly or through others).
     */
    OwnershipNetwork wholeGraph(LocalDate asOf, List<String> authorities) {
        return graph.read(tx -> {
            var links = tx.run(ALL_SAME_AS).list(row -> SameAsLink.between(row.get("fromId").asString(),
                    row.get("toId").asString(), row.get("scheme").asString(), row.get("value").asString()));
            var clusters = SameAsClusters.of(links, null);
            var network = new OwnershipNetwork(clusters, links);
            var listed = new HashSet<String>();
            tx.run(ALL_LISTINGS, Map.of("asOf", asOf, "authorities", authorities)).forEachRemaining(row -> {
                network.addListing(row.get("id").asString(), listing(row));
                listed.add(row.get("id").asString());
            });
            // rounds: what the seeds own or control, then again from the records that are the same entities as the
            // parties reached; without identity links one round reads everything, as a single traversal would
            var reached = new HashSet<String>();
            var seen = new HashSet<String>();
            var seeds = peersOf(listed, clusters, reached);
            for (int round = 0; !seeds.isEmpty() && round < MAX_IDENTITY_ROUNDS; round++) {
                reached.addAll(seeds);
                tx.run(ALL_HOLDINGS, Map.of("seeds", List.copyOf(seeds), "asOf", asOf)).forEachRemaining(row -> {
                    if (seen.add(row.get("linkId").asString())) {
                        var holding = holding(row);
                        network.addHolding(holding);
                        reached.add(holding.ownerId());
                        reached.add(holding.ownedId());
                    }
                });
                seeds = peersOf(reached, clusters, reached);
            }
            return network;
        }, settings.recomputeTimeout());
    }

    /** The records of the clusters of {@code ids} (the ids themselves included) that are not in {@code known}. */
    private static java.util.Set<String> peersOf(java.util.Collection<String> ids, SameAsClusters clusters,
            java.util.Set<String> known) {
        var peers = new HashSet<String>();
        for (var id : ids) {
            for (var member : clusters.members(id)) {
                if (!known.contains(member)) {
                    peers.add(member);
                }
            }
        }
        return peers;
    }

    private static Holding holding(Value value) {
        var kind = Holding.Kind.valueOf(value.get("kind").asString());
        var share = value.get("share").isNull() ? null : value.get("share").asDouble();
        double min = kind == Holding.Kind.OWNS ? value.get("shareMin").asDouble(0) : 0;
        double max = kind == Holding.Kind.OWNS ? value.get("shareMax").asDouble(100) : 0;
        return new Holding(value.get("ownerId").asString(), value.get("ownedId").asString(), kind, share, min, max,
                value.get("interestType").asString(null), localDate(value.get("startDate")),
                localDate(value.get("endDate")), value.get("source").asMap());
    }

    private static Listing listing(Value value) {
        return new Listing(value.get("id").asString(), value.get("authority").asString(),
                value.get("program").asString(), localDate(value.get("listedOn")), localDate(value.get("delistedOn")),
                value.get("source").asMap());
    }

    /** A link of the whole-graph scan: shares and record id only, to keep a large graph small in memory. */
    private static Holding holding(Record row) {
        var kind = Holding.Kind.valueOf(row.get("kind").asString());
        var share = row.get("share").isNull() ? null : row.get("share").asDouble();
        double min = kind == Holding.Kind.OWNS ? row.get("shareMin").asDouble(0) : 0;
        double max = kind == Holding.Kind.OWNS ? row.get("shareMax").asDouble(100) : 0;
        Map<String, Object> source = new java.util.HashMap<>();
        if (!row.get("recordId").isNull()) {
            source.put("dataset", row.get("dataset").asString(""));
            source.put("recordId", row.get("recordId").asString());
        }
        if (!row.get("statedBy").isNull()) {
            source.put("statedBy", row.get("statedBy").asList(org.neo4j.driver.Value::asString));
        }
        return new Holding(row.get("ownerId").asString(), row.get("ownedId").asString(), kind, share, min, max,
                null, null, null, source);
    }

    private static Listing listing(Record row) {
        return new Listing(row.get("sanctionId").asString(), row.get("authority").asString(),
                row.get("program").asString(), localDate(row.get("listedOn")), localDate(row.get("delistedOn")),
                Map.of());
    }

    private static Party party(Value value) {
        return new Party(value.get("id").asString(), value.get("name").asString(null),
                value.get("labels").asList(Value::asString).stream().filter(l -> !l.equals("Entity")).toList(),
                value.get("country").asString(null));
    }

    @SuppressWarnings("unchecked")
    private static Party party(Map<String, Object> record) {
        var labels = (List<String>) record.getOrDefault("labels", List.of());
        return new Party((String) record.get("id"), (String) record.get("name"),
                labels.stream().filter(l -> !l.equals("Entity")).toList(), (String) record.get("country"));
    }

    private static SameAsLink sameAs(Value value) {
        return new SameAsLink(value.get("fromId").asString(), value.get("toId").asString(),
                value.get("scheme").asString(), value.get("value").asString(), value.get("source").asMap(),
                value.get("from").asMap(), value.get("to").asMap());
    }

    private static LocalDate localDate(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}
