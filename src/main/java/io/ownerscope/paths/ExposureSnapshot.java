package io.ownerscope.paths;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What exposure searches read level by level, held in memory: every link they can follow with its kind and dates,
 * the registrations at each address, the hubs, every listing and derived designation, and the exposure index's
 * counts, all as one refresh of the index read them. A search pruned with the index that finds the index it was
 * taken with reads its levels here ({@link SnapshotNetwork}) instead of from the graph: the same answers, without a
 * round trip and a graph read per level. Immutable once built; replaced at each refresh.
 * <p>
 * Entities are numbered as they were read, their ids kept as bytes ({@link EntityNumbers}), not as strings; links
 * are kept in compressed rows per entity, both ways, dates as epoch days. The index's breadth-first searches
 * ({@link HopsToDesignated}) walk the same rows, whatever their dates.
 */
final class ExposureSnapshot {

    /** Epoch day of an open start or end. */
    static final int OPEN_START = Integer.MIN_VALUE;
    static final int OPEN_END = Integer.MAX_VALUE;

    private static final List<String> DIRECT_TYPES = List.of("OWNS", "CONTROLS", "DIRECTOR_OF", "FAMILY_OF",
            "ASSOCIATE_OF", "SAME_AS");

    final ZonedDateTime computedAt;
    final int hubDegree;
    private final EntityNumbers ids;
    private final int[] hops;
    private final Rows direct;
    private final Rows registrations;
    private final Rows registered;
    private final PackedStrings addressIds;
    private final PackedStrings addressTexts;
    private final Rows trade;
    private final Map<Integer, Hub> hubs;
    private final Map<Integer, Network.Designation> designations;

    private ExposureSnapshot(Builder builder, ZonedDateTime computedAt, int hubDegree) {
        this.computedAt = computedAt;
        this.hubDegree = hubDegree;
        this.ids = builder.numbers.trimmed();
        int entities = ids.size();
        this.hops = new int[entities];
        Arrays.fill(hops, HopsToDesignated.BEYOND);
        this.direct = builder.direct.rows(entities, true);
        this.registrations = builder.registrations.rows(entities, false);
        this.registered = builder.registrations.transposed(builder.addressIds.size());
        this.addressIds = builder.addressIds.trimmed();
        this.addressTexts = builder.addressTexts.trimmed();
        this.trade = builder.trade.rows(entities, true);
        this.hubs = Map.copyOf(builder.hubs);
        this.designations = Map.copyOf(builder.designations);
    }

    private ExposureSnapshot(ExposureSnapshot links, int[] hops) {
        this.computedAt = links.computedAt;
        this.hubDegree = links.hubDegree;
        this.ids = links.ids;
        this.hops = hops;
        this.direct = links.direct;
        this.registrations = links.registrations;
        this.registered = links.registered;
        this.addressIds = links.addressIds;
        this.addressTexts = links.addressTexts;
        this.trade = links.trade;
        this.hubs = links.hubs;
        this.designations = links.designations;
    }

    /** The same links with the exposure index's counts of every entity, in number order. */
    ExposureSnapshot withHops(int[] counts) {
        if (counts.length != ids.size()) {
            throw new IllegalArgumentException(counts.length + " counts for " + ids.size() + " entities");
        }
        return new ExposureSnapshot(this, counts);
    }

    /** The number of an entity, or -1 when the snapshot does not hold it. */
    int entity(String id) {
        return ids.number(id);
    }

    String id(int entity) {
        return ids.id(entity);
    }

    int entities() {
        return ids.size();
    }

    /** The exposure index's count of an entity, {@link HopsToDesignated#BEYOND} when it has none. */
    int hops(int entity) {
        return hops[entity];
    }

    Rows direct() {
        return direct;
    }

    /** The relationship type of entry {@code k} of {@link #direct()}. */
    String directType(int k) {
        return DIRECT_TYPES.get(direct.kind(k));
    }

    /** The entity's registrations: addresses, with their dates. */
    Rows registrations() {
        return registrations;
    }

    /** Each address's registrations: entities, with their dates. */
    Rows registered() {
        return registered;
    }

    String addressId(int address) {
        return addressIds.get(address);
    }

    String addressText(int address) {
        return addressTexts.get(address);
    }

    /** Trading partners, each once per direction, with the date of the earliest shipment (start). */
    Rows trade() {
        return trade;
    }

    /** The hub an entity is, or null. */
    Hub hub(int entity) {
        return hubs.get(entity);
    }

    /** The hub-guard degree of an entity: as read for a hub; for others counted from the links held. */
    long degree(int entity) {
        var hub = hubs.get(entity);
        if (hub != null) {
            return hub.degree();
        }
        long partners = trade.end(entity) - trade.start(entity);
        if (partners > 0) {
            // a partner both sold to and bought from counts once
            partners = Arrays.stream(trade.targets, trade.start(entity), trade.end(entity)).distinct().count();
        }
        return direct.end(entity) - direct.start(entity) + registrations.end(entity) - registrations.start(entity)
                + Math.min(partners, hubDegree);
    }

    /** Every listing and derived designation of an entity (whatever their dates), or null when it has none. */
    Network.Designation designation(int entity) {
        return designations.get(entity);
    }

    /** The epoch day of a date property: open when null; never valid (a start past every date) when not a date. */
    static int day(Object value, boolean start) {
        if (value == null) {
            return start ? OPEN_START : OPEN_END;
        }
        if (value instanceof LocalDate date) {
            return day(date);
        }
        // a date stored as text or a number compares with no date, so reach.cypher never finds the link valid
        return start ? OPEN_END : OPEN_START;
    }

    static int day(LocalDate date) {
        return (int) Math.clamp(date.toEpochDay(), OPEN_START + 1L, OPEN_END - 1L);
    }

    /**
     * Compressed rows: for each entity (or address) its targets, each with a kind, a direction and a validity
     * interval of epoch days (inclusive).
     */
    static final class Rows {

        private final int[] offsets;
        private final int[] targets;
        private final byte[] kinds;
        private final boolean[] outgoing;
        private final int[] starts;
        private final int[] ends;
        private final int[] links;

        private Rows(int[] offsets, int[] targets, byte[] kinds, boolean[] outgoing, int[] starts, int[] ends,
                int[] links) {
            this.offsets = offsets;
            this.targets = targets;
            this.kinds = kinds;
            this.outgoing = outgoing;
            this.starts = starts;
            this.ends = ends;
            this.links = links;
        }

        /** How many entities (or addresses) have rows. */
        int rows() {
            return offsets.length - 1;
        }

        int start(int row) {
            return offsets[row];
        }

        int end(int row) {
            return offsets[row + 1];
        }

        int target(int k) {
            return targets[k];
        }

        int kind(int k) {
            return kinds[k];
        }

        boolean outgoing(int k) {
            return outgoing[k];
        }

        /** Whether the entry is valid on the epoch day. */
        boolean validOn(int k, int day) {
            return starts[k] <= day && day <= ends[k];
        }

        /** The link an entry belongs to: the same from both of its ends. */
        int link(int k) {
            return links[k];
        }
    }

    /** Entries as they are read, before they are put in rows. */
    private static final class Entries {

        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private byte[] kinds = new byte[1024];
        private int[] starts = new int[1024];
        private int[] ends = new int[1024];
        private int size;

        void add(int a, int b, int kind, int start, int end) {
            if (size == from.length) {
                int grown = size * 2;
                from = Arrays.copyOf(from, grown);
                to = Arrays.copyOf(to, grown);
                kinds = Arrays.copyOf(kinds, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
            }
            from[size] = a;
            to[size] = b;
            kinds[size] = (byte) kind;
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        /** For each of {@code rows} sources its entries; with {@code bothWays}, each entry also under its target. */
        Rows rows(int rows, boolean bothWays) {
            var offsets = new int[rows + 1];
            for (int i = 0; i < size; i++) {
                offsets[from[i] + 1]++;
                if (bothWays) {
                    offsets[to[i] + 1]++;
                }
            }
            return fill(offsets, rows, bothWays, false);
        }

        /** For each of {@code rows} targets, the entries that point to it. */
        Rows transposed(int rows) {
            var offsets = new int[rows + 1];
            for (int i = 0; i < size; i++) {
                offsets[to[i] + 1]++;
            }
            return fill(offsets, rows, false, true);
        }

        private Rows fill(int[] offsets, int rows, boolean bothWays, boolean transposed) {
            for (int i = 0; i < rows; i++) {
                offsets[i + 1] += offsets[i];
            }
            int n = offsets[rows];
            var targets = new int[n];
            var entryKinds = new byte[n];
            var outgoing = new boolean[n];
            var entryStarts = new int[n];
            var entryEnds = new int[n];
            var links = new int[n];
            var next = Arrays.copyOf(offsets, rows);
            for (int i = 0; i < size; i++) {
                int row = transposed ? to[i] : from[i];
                int k = next[row]++;
                targets[k] = transposed ? from[i] : to[i];
                entryKinds[k] = kinds[i];
                outgoing[k] = !transposed;
                entryStarts[k] = starts[i];
                entryEnds[k] = ends[i];
                links[k] = i;
                if (bothWays) {
                    k = next[to[i]]++;
                    targets[k] = from[i];
                    entryKinds[k] = kinds[i];
                    entryStarts[k] = starts[i];
                    entryEnds[k] = ends[i];
                    links[k] = i;
                }
            }
            return new Rows(offsets, targets, entryKinds, outgoing, entryStarts, entryEnds, links);
        }
    }

    /** Collects what one read of the graph gives, numbering the entities as they come. */
    static final class Builder {

        private final EntityNumbers numbers = new EntityNumbers();
        private final Entries direct = new Entries();
        private final Entries registrations = new Entries();
        private final Entries trade = new Entries();
        private final Map<Long, Integer> earliestShipment = new HashMap<>();
        private final Map<String, Integer> addresses = new HashMap<>();
        private final PackedStrings addressIds = new PackedStrings();
        private final PackedStrings addressTexts = new PackedStrings();
        private final Map<Integer, Hub> hubs = new HashMap<>();
        private final Map<Integer, Network.Designation> designations = new HashMap<>();

        /** The number of an entity, given the first time it comes. */
        int entity(String id) {
            return numbers.add(id);
        }

        void direct(int from, int to, String type, Object startDate, Object endDate) {
            int kind = DIRECT_TYPES.indexOf(type);
            if (kind < 0) {
                throw new IllegalArgumentException("not a direct link type: " + type);
            }
            direct.add(from, to, kind, day(startDate, true), day(endDate, false));
        }

        /** One shipment from {@code exporter} to {@code consignee}: the partners are linked from its date on. */
        void shipment(int exporter, int consignee, Object date) {
            long pair = ((long) exporter << 32) | consignee;
            earliestShipment.merge(pair, day(date, true), Math::min);
        }

        void registration(String address, String addressText, int entity, Object startDate, Object endDate) {
            int number = addresses.computeIfAbsent(address, k -> {
                addressTexts.add(addressText);
                return addressIds.add(address);
            });
            registrations.add(entity, number, 0, day(startDate, true), day(endDate, false));
        }

        void hub(int entity, String name, long degree) {
            hubs.put(entity, new Hub(numbers.id(entity), name, "entity", degree));
        }

        void designation(int entity, Network.Designation designation) {
            designations.put(entity, designation);
        }

        /**
         * The links of the entities numbered, with no index counts yet ({@link #withHops}), and what the counts are
         * computed with. To be called once.
         */
        ExposureSnapshot build(ZonedDateTime computedAt, int hubDegree) {
            earliestShipment.forEach((pair, from) -> trade.add((int) (pair >>> 32), (int) (long) pair, 0, from,
                    OPEN_END));
            earliestShipment.clear();
            return new ExposureSnapshot(this, computedAt, hubDegree);
        }
    }
}
