package io.ownerscope.ownership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of the graph an analysis needs, in memory: parties, the holdings between them valid on one date, and the
 * parties that are listed under the regime being asked about. Built from the whole graph or from the neighbourhood
 * of one entity; the analyses run the same way on both.
 */
final class OwnershipNetwork {

    private final Map<String, Party> parties = new HashMap<>();
    private final Map<String, List<Holding>> incoming = new HashMap<>();
    private final Map<String, List<Holding>> outgoing = new HashMap<>();
    private final Map<String, List<Listing>> listings = new HashMap<>();
    private final Set<String> unexplored = new HashSet<>();
    private boolean truncated;

    void addParty(Party party) {
        parties.merge(party.id(), party, (known, added) -> known.name() == null ? added : known);
    }

    void addHolding(Holding holding) {
        incoming.computeIfAbsent(holding.ownedId(), id -> new ArrayList<>()).add(holding);
        outgoing.computeIfAbsent(holding.ownerId(), id -> new ArrayList<>()).add(holding);
        parties.putIfAbsent(holding.ownerId(), Party.unknown(holding.ownerId()));
        parties.putIfAbsent(holding.ownedId(), Party.unknown(holding.ownedId()));
    }

    void addListing(String partyId, Listing listing) {
        listings.computeIfAbsent(partyId, id -> new ArrayList<>()).add(listing);
    }

    /** A party whose own owners were not fetched (the traversal stopped at its depth cap). */
    void markUnexplored(String partyId) {
        unexplored.add(partyId);
    }

    void markTruncated() {
        truncated = true;
    }

    Party party(String id) {
        return parties.getOrDefault(id, Party.unknown(id));
    }

    Collection<String> partyIds() {
        return parties.keySet();
    }

    List<Holding> holdingsInto(String ownedId) {
        return incoming.getOrDefault(ownedId, List.of());
    }

    List<Holding> holdingsFrom(String ownerId) {
        return outgoing.getOrDefault(ownerId, List.of());
    }

    List<Listing> listingsOf(String partyId) {
        return listings.getOrDefault(partyId, List.of());
    }

    Set<String> listedParties() {
        return listings.keySet();
    }

    boolean isExplored(String partyId) {
        return !unexplored.contains(partyId);
    }

    boolean truncated() {
        return truncated || !unexplored.isEmpty();
    }
}
