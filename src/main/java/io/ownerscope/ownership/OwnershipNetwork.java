package io.ownerscope.ownership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.ownerscope.identity.SameAsClusters;
import io.ownerscope.identity.SameAsLink;

/**
 * The part of the graph an analysis needs, in memory: parties, the holdings between them valid on one date, and the
 * parties that are listed under the regime being asked about. Built from the whole graph or from the neighbourhood
 * of one entity; the analyses run the same way on both.
 *
 * <p>Records that identity links make one party (same INN, OGRN, BIN, LEI or IMO number) are read as that party,
 * under its canonical id: a listing of any record lists the party, a holding of any record is the party's holding.
 * The same stake stated by several sources (several datasets, or different records of the same two parties) is one
 * holding ({@link HoldingStatements}); the statements of one source add up.
 */
final class OwnershipNetwork {

    private final SameAsClusters clusters;
    private final List<SameAsLink> identityLinks;
    private final Map<String, Party> records = new HashMap<>();
    private final Map<StakeKey, Map<StatedPair, List<Holding>>> stated = new LinkedHashMap<>();
    private final Map<String, List<Listing>> listings = new HashMap<>();
    private final Set<String> unexplored = new HashSet<>();
    private Map<String, List<Holding>> incoming;
    private Map<String, List<Holding>> outgoing;
    private boolean truncated;

    private record StakeKey(String ownerId, String ownedId, Holding.Kind kind) {
    }

    private record StatedPair(String ownerId, String ownedId) {
    }

    OwnershipNetwork() {
        this(SameAsClusters.none(), List.of());
    }

    /** A network whose records are read as the parties the identity links make of them. */
    OwnershipNetwork(SameAsClusters clusters, List<SameAsLink> identityLinks) {
        this.clusters = clusters;
        this.identityLinks = List.copyOf(identityLinks);
    }

    void addParty(Party party) {
        records.merge(party.id(), party, (known, added) -> known.name() == null ? added : known);
    }

    void addHolding(Holding holding) {
        var owner = clusters.canonical(holding.ownerId());
        var owned = clusters.canonical(holding.ownedId());
        records.putIfAbsent(holding.ownerId(), Party.unknown(holding.ownerId()));
        records.putIfAbsent(holding.ownedId(), Party.unknown(holding.ownedId()));
        if (owner.equals(owned) && !holding.ownerId().equals(holding.ownedId())) {
            return; // one record of a party holding another record of the same party: not a stake in anyone else
        }
        var asParty = owner.equals(holding.ownerId()) && owned.equals(holding.ownedId()) ? holding
                : new Holding(owner, owned, holding.kind(), holding.share(), holding.shareMin(), holding.shareMax(),
                        holding.interestType(), holding.startDate(), holding.endDate(),
                        statedBetween(holding));
        stated.computeIfAbsent(new StakeKey(owner, owned, holding.kind()), k -> new LinkedHashMap<>())
                .computeIfAbsent(new StatedPair(holding.ownerId(), holding.ownedId()), k -> new ArrayList<>())
                .add(asParty);
        incoming = null;
        outgoing = null;
    }

    void addListing(String partyId, Listing listing) {
        var party = clusters.canonical(partyId);
        var asParty = party.equals(partyId) ? listing : new Listing(listing.sanctionId(), listing.authority(),
                listing.program(), listing.listedOn(), listing.delistedOn(), with(listing.source(), "targetId",
                partyId));
        listings.computeIfAbsent(party, id -> new ArrayList<>()).add(asParty);
    }

    /** A party whose own owners were not fetched (the traversal stopped at its depth cap). */
    void markUnexplored(String partyId) {
        unexplored.add(clusters.canonical(partyId));
    }

    void markTruncated() {
        truncated = true;
    }

    /** The party a record belongs to, under the party's canonical id, with its member records when several. */
    Party party(String id) {
        var canonical = clusters.canonical(id);
        var members = clusters.members(canonical);
        var party = records.get(canonical);
        if (party == null || party.name() == null) {
            party = members.stream().map(records::get).filter(p -> p != null && p.name() != null).findFirst()
                    .map(p -> new Party(canonical, p.name(), p.labels(), p.country()))
                    .orElse(Party.unknown(canonical));
        }
        return party.withMembers(members);
    }

    /** The records that are the party of {@code id} (just {@code id} when it is linked to nobody). */
    List<String> members(String id) {
        return clusters.members(id);
    }

    /** The identity links read with the network: the evidence that several records are one party. */
    List<SameAsLink> identityLinks() {
        return identityLinks;
    }

    Collection<String> partyIds() {
        var ids = new HashSet<String>();
        records.keySet().forEach(id -> ids.add(clusters.canonical(id)));
        return ids;
    }

    List<Holding> holdingsInto(String ownedId) {
        index();
        return incoming.getOrDefault(clusters.canonical(ownedId), List.of());
    }

    List<Holding> holdingsFrom(String ownerId) {
        index();
        return outgoing.getOrDefault(clusters.canonical(ownerId), List.of());
    }

    List<Listing> listingsOf(String partyId) {
        return listings.getOrDefault(clusters.canonical(partyId), List.of());
    }

    Set<String> listedParties() {
        return listings.keySet();
    }

    boolean isExplored(String partyId) {
        return !unexplored.contains(clusters.canonical(partyId));
    }

    boolean truncated() {
        return truncated || !unexplored.isEmpty();
    }

    /** The holdings that count, by party: per stake, those of the strongest statement. */
    private void index() {
        if (incoming != null) {
            return;
        }
        incoming = new HashMap<>();
        outgoing = new HashMap<>();
        for (var statements : stated.values()) {
            var all = statements.values().stream().flatMap(List::stream).toList();
            var counted = all.size() == 1 ? all : HoldingStatements.combine(all);
            for (var holding : counted) {
                incoming.computeIfAbsent(holding.ownedId(), id -> new ArrayList<>()).add(holding);
                outgoing.computeIfAbsent(holding.ownerId(), id -> new ArrayList<>()).add(holding);
            }
        }
    }

    /** The source of a holding read as the parties' holding, naming the records that stated it. */
    private Map<String, Object> statedBetween(Holding holding) {
        var source = new LinkedHashMap<>(holding.source());
        if (!clusters.canonical(holding.ownerId()).equals(holding.ownerId())) {
            source.put("statedOwnerId", holding.ownerId());
        }
        if (!clusters.canonical(holding.ownedId()).equals(holding.ownedId())) {
            source.put("statedOwnedId", holding.ownedId());
        }
        return source;
    }

    private static Map<String, Object> with(Map<String, Object> source, String key, Object value) {
        var copy = new LinkedHashMap<>(source);
        copy.put(key, value);
        return copy;
    }
}
