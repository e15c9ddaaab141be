package io.ownerscope.paths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link Network} whose lean level reads ({@link #reach}), degrees and designations come from an
 * {@link ExposureSnapshot} instead of the graph, for one date and one set of regimes, with the hub guard on: each
 * answers as reach.cypher, degrees.cypher and designations.cypher would on the graph the snapshot was taken of.
 * The entities' names and the details and sources of links, which the snapshot does not hold, are read from the
 * graph ({@code details}).
 */
final class SnapshotNetwork implements Network {

    private final ExposureSnapshot snapshot;
    private final Network details;
    private final LocalDate asOf;
    private final int day;
    private final List<String> authorities;
    private final List<String> regimes;

    SnapshotNetwork(ExposureSnapshot snapshot, Network details, LocalDate asOf, List<String> authorities,
            List<String> regimes) {
        this.snapshot = snapshot;
        this.details = details;
        this.asOf = asOf;
        this.day = ExposureSnapshot.day(asOf);
        this.authorities = authorities;
        this.regimes = regimes;
    }

    @Override
    public Map<String, PathNode> entities(Collection<String> ids) {
        return details.entities(ids);
    }

    @Override
    public Map<String, Long> degrees(Collection<String> ids) {
        var degrees = new HashMap<String, Long>();
        for (var id : ids) {
            int entity = snapshot.entity(id);
            if (entity >= 0) {
                degrees.put(id, snapshot.degree(entity));
            }
        }
        return degrees;
    }

    @Override
    public Expansion expand(Collection<String> ids) {
        return details.expand(ids);
    }

    @Override
    public Expansion linksBetween(Map<String, Set<String>> targets) {
        return details.linksBetween(targets);
    }

    @Override
    public Map<String, Designation> designations(Collection<String> ids) {
        var designations = new HashMap<String, Designation>();
        if (regimes.isEmpty()) {
            return designations;
        }
        for (var id : ids) {
            int entity = snapshot.entity(id);
            if (entity >= 0) {
                var designation = inForce(entity);
                if (designation.designated()) {
                    designations.put(id, designation);
                }
            }
        }
        return designations;
    }

    @Override
    public Expansion reach(Collection<String> ids, Integer slack) {
        var links = new ArrayList<Link>();
        var hubs = new ArrayList<Hub>();
        var reached = new LinkedHashSet<Integer>();
        for (var id : ids) {
            int entity = snapshot.entity(id);
            if (entity < 0) {
                continue;
            }
            directLinks(entity, slack, links, reached);
            sharedAddresses(entity, slack, links, hubs, reached);
            trade(entity, slack, links, reached);
        }
        var nodes = new HashMap<String, PathNode>();
        var degrees = new HashMap<String, Long>();
        var designations = new HashMap<String, Designation>();
        var hopsToDesignated = new HashMap<String, Integer>();
        for (int entity : reached) {
            var id = snapshot.id(entity);
            long degree = snapshot.degree(entity);
            var hub = snapshot.hub(entity);
            nodes.put(id, new PathNode(id, List.of(), hub == null ? null : hub.name(), null, List.of()));
            degrees.put(id, degree);
            int hops = snapshot.hops(entity);
            if (hops != HopsToDesignated.BEYOND) {
                hopsToDesignated.put(id, hops);
            }
            if (!regimes.isEmpty()) {
                designations.put(id, inForce(entity));
            }
        }
        return new Expansion(links, nodes, hubs, degrees, designations, hopsToDesignated);
    }

    /**
     * Whether reach.cypher returns an entity reached: with the index ({@code slack} given), only those the search
     * may go on from or report.
     */
    private boolean kept(int entity, Integer slack) {
        int hops = snapshot.hops(entity);
        return slack == null || hops == 0 || (hops != HopsToDesignated.BEYOND && hops <= slack);
    }

    /**
     * Whether reach.cypher follows entry {@code k} of the entity's rows: to another entity, valid on the date, and
     * kept.
     */
    private boolean follows(ExposureSnapshot.Rows rows, int k, int entity, Integer slack) {
        int other = rows.target(k);
        return other != entity && rows.validOn(k, day) && kept(other, slack);
    }

    private void directLinks(int entity, Integer slack, List<Link> links, Set<Integer> reached) {
        var direct = snapshot.direct();
        var id = snapshot.id(entity);
        for (int k = direct.start(entity); k < direct.end(entity); k++) {
            int other = direct.target(k);
            if (follows(direct, k, entity, slack)) {
                var otherId = snapshot.id(other);
                var type = snapshot.directType(k);
                boolean outgoing = direct.outgoing(k);
                links.add(new Link("link:" + direct.link(k), outgoing ? id : otherId, outgoing ? otherId : id,
                        LinkGroup.ofRelationshipType(type), type, Map.of(), List.of()));
                reached.add(other);
            }
        }
    }

    /** One link per pair and address; an address with too many registrations is a hub, reported, not gone through. */
    private void sharedAddresses(int entity, Integer slack, List<Link> links, List<Hub> hubs, Set<Integer> reached) {
        var registrations = snapshot.registrations();
        var registered = snapshot.registered();
        var id = snapshot.id(entity);
        for (int k = registrations.start(entity); k < registrations.end(entity); k++) {
            if (!registrations.validOn(k, day)) {
                continue;
            }
            int address = registrations.target(k);
            int degree = registered.end(address) - registered.start(address);
            if (degree >= snapshot.hubDegree) {
                hubs.add(new Hub(snapshot.addressId(address), snapshot.addressText(address), "address", degree));
                continue;
            }
            for (int j = registered.start(address); j < registered.end(address); j++) {
                int other = registered.target(j);
                if (follows(registered, j, entity, slack)) {
                    links.add(Link.sharedAddress(snapshot.addressId(address), id, snapshot.id(other), Map.of(),
                            List.of()));
                    reached.add(other);
                }
            }
        }
    }

    /** One link per partner and direction, when a shipment between them is dated on or before the date. */
    private void trade(int entity, Integer slack, List<Link> links, Set<Integer> reached) {
        var trade = snapshot.trade();
        var id = snapshot.id(entity);
        for (int k = trade.start(entity); k < trade.end(entity); k++) {
            int other = trade.target(k);
            if (follows(trade, k, entity, slack)) {
                var otherId = snapshot.id(other);
                links.add(trade.outgoing(k) ? Link.trade(id, otherId, Map.of(), List.of())
                        : Link.trade(otherId, id, Map.of(), List.of()));
                reached.add(other);
            }
        }
    }

    /** The entity's listings by the authorities in force on the date, and its derived designations of the regimes. */
    private Designation inForce(int entity) {
        var listed = snapshot.designation(entity);
        if (listed == null || regimes.isEmpty()) {
            return Designation.NONE;
        }
        var listings = listed.listings().stream()
                .filter(l -> authorities.contains(l.get("authority")) && onOrBeforeDate(l.get("listedOn"))
                        && afterDate(l.get("delistedOn")))
                .toList();
        var derived = listed.derived().stream().filter(d -> regimes.contains(d.get("regime"))).toList();
        return listings.isEmpty() && derived.isEmpty() ? Designation.NONE : new Designation(listings, derived);
    }

    /** As {@code value IS NULL OR value <= $asOf} in Cypher: a value that is not a date compares with no date. */
    private boolean onOrBeforeDate(Object value) {
        return value == null || (value instanceof LocalDate date && !date.isAfter(asOf));
    }

    /** As {@code value IS NULL OR value > $asOf} in Cypher. */
    private boolean afterDate(Object value) {
        return value == null || (value instanceof LocalDate date && date.isAfter(asOf));
    }
}
