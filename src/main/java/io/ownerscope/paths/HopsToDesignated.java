package io.ownerscope.paths;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * For every entity, the fewest hops from it to a designated party over the links an exposure search follows, with
 * its hub guard: a breadth-first search from every designated party at once. A party reached through a hub (an
 * entity with too many links, or an address with too many registrations) is not counted through it, since a search
 * does not go through hubs; a designated hub still counts for its own neighbours, since a search may end at one.
 * <p>
 * Built from every link whatever its dates and every party designated by any listing or mark, so that the count is
 * never more than the hops a search on any date and under any regime needs: a lower bound the search prunes with.
 * The same count to the nearest listed party (by any authority, at any time) is where a search first expects the
 * nearest listing that ends its answer.
 */
final class HopsToDesignated {

    /** Returned for entities with no designated party within the cap. */
    static final int BEYOND = -1;

    private final Map<String, Integer> entities = new HashMap<>();
    private final Map<String, Integer> addresses = new HashMap<>();
    private String[] ids = new String[1024];
    private final Edges links = new Edges();
    private final Edges registrations = new Edges();
    private boolean[] hub = new boolean[1024];
    private boolean[] designated = new boolean[1024];
    private boolean[] listed = new boolean[1024];

    /** Adds an entity (entities named by links, hubs or designations are added on the way). */
    int entity(String id) {
        var index = entities.get(id);
        if (index != null) {
            return index;
        }
        int added = entities.size();
        entities.put(id, added);
        if (added == ids.length) {
            ids = Arrays.copyOf(ids, added * 2);
            hub = Arrays.copyOf(hub, added * 2);
            designated = Arrays.copyOf(designated, added * 2);
            listed = Arrays.copyOf(listed, added * 2);
        }
        ids[added] = id;
        return added;
    }

    /** A link between two entities a search can follow either way: a direct relationship or a shipment. */
    void link(String a, String b) {
        link(entity(a), entity(b));
    }

    /** As {@link #link(String, String)}, between entities numbered by {@link #entity}. */
    void link(int a, int b) {
        links.add(a, b);
    }

    /** One registration of an entity at an address. */
    void registration(String address, String entity) {
        registration(address, entity(entity));
    }

    /** As {@link #registration(String, String)}, of an entity numbered by {@link #entity}. */
    void registration(String address, int entity) {
        var index = addresses.computeIfAbsent(address, k -> addresses.size());
        registrations.add(index, entity);
    }

    /** The ids of the entities added, in the order they were numbered. */
    String[] ids() {
        return Arrays.copyOf(ids, entities.size());
    }

    /** The number of each entity added (not to be changed). */
    Map<String, Integer> numbers() {
        return entities;
    }

    void hub(String entity) {
        hub[entity(entity)] = true;
    }

    void designated(String entity) {
        designated[entity(entity)] = true;
    }

    /** A party listed by some authority at some time (and so designated). */
    void listed(String entity) {
        designated[entity(entity)] = true;
        listed[entity(entity)] = true;
    }

    /**
     * For each entity (in the order they were added), the hops to its nearest designated party and to its nearest
     * listed party, {@link #BEYOND} past {@code maxHops}.
     */
    record Hops(String[] ids, int[] toDesignated, int[] toListed) {
    }

    int entityCount() {
        return entities.size();
    }

    /**
     * The hops from each entity to its nearest designated party, up to {@code maxHops} ({@link #BEYOND} past it).
     *
     * @param hubDegree addresses with this many registrations or more are not gone through
     */
    Map<String, Integer> compute(int hubDegree, int maxHops) {
        return asMap(distances(designated, hubDegree, maxHops));
    }

    /** As {@link #compute}, to the nearest listed party. */
    Map<String, Integer> computeToListed(int hubDegree, int maxHops) {
        return asMap(distances(listed, hubDegree, maxHops));
    }

    /** Both counts for every entity. */
    Hops computeBoth(int hubDegree, int maxHops) {
        int n = entities.size();
        return new Hops(Arrays.copyOf(ids, n), distances(designated, hubDegree, maxHops),
                distances(listed, hubDegree, maxHops));
    }

    private Map<String, Integer> asMap(int[] hops) {
        var result = new HashMap<String, Integer>(hops.length * 2);
        for (int i = 0; i < hops.length; i++) {
            result.put(ids[i], hops[i]);
        }
        return result;
    }

    private int[] distances(boolean[] sources, int hubDegree, int maxHops) {
        int n = entities.size();
        var neighbours = links.adjacency(n, true);
        var registered = registrations.adjacency(addresses.size(), false);
        var addressesOf = registered.transposed(n);
        var hops = new int[n];
        Arrays.fill(hops, BEYOND);
        var queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (sources[i]) {
                hops[i] = 0;
                queue[tail++] = i;
            }
        }
        var addressDone = new boolean[addresses.size()];
        while (head < tail) {
            int entity = queue[head++];
            int next = hops[entity] + 1;
            if (next > maxHops || (hops[entity] > 0 && hub[entity])) {
                continue;
            }
            for (int k = neighbours.start(entity); k < neighbours.end(entity); k++) {
                int other = neighbours.target(k);
                if (hops[other] == BEYOND) {
                    hops[other] = next;
                    queue[tail++] = other;
                }
            }
            for (int k = addressesOf.start(entity); k < addressesOf.end(entity); k++) {
                int address = addressesOf.target(k);
                // the first time an address is reached is from the nearest party: later ones add nothing
                if (addressDone[address] || registered.degree(address) >= hubDegree) {
                    continue;
                }
                addressDone[address] = true;
                for (int j = registered.start(address); j < registered.end(address); j++) {
                    int other = registered.target(j);
                    if (hops[other] == BEYOND) {
                        hops[other] = next;
                        queue[tail++] = other;
                    }
                }
            }
        }
        return hops;
    }

    /** Pairs of indexes, grown as they are added. */
    private static final class Edges {

        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private int size;

        void add(int a, int b) {
            if (size == from.length) {
                from = Arrays.copyOf(from, size * 2);
                to = Arrays.copyOf(to, size * 2);
            }
            from[size] = a;
            to[size] = b;
            size++;
        }

        /** Compressed rows: for each of {@code rows} sources its targets, both ways when {@code undirected}. */
        Adjacency adjacency(int rows, boolean undirected) {
            var offsets = new int[rows + 1];
            for (int i = 0; i < size; i++) {
                offsets[from[i] + 1]++;
                if (undirected) {
                    offsets[to[i] + 1]++;
                }
            }
            for (int i = 0; i < rows; i++) {
                offsets[i + 1] += offsets[i];
            }
            var targets = new int[offsets[rows]];
            var fill = Arrays.copyOf(offsets, rows);
            for (int i = 0; i < size; i++) {
                targets[fill[from[i]]++] = to[i];
                if (undirected) {
                    targets[fill[to[i]]++] = from[i];
                }
            }
            return new Adjacency(offsets, targets);
        }
    }

    private record Adjacency(int[] offsets, int[] targets) {

        int start(int row) {
            return offsets[row];
        }

        int end(int row) {
            return offsets[row + 1];
        }

        int target(int k) {
            return targets[k];
        }

        int degree(int row) {
            return offsets[row + 1] - offsets[row];
        }

        /** The same pairs seen from the other side: for each of {@code columns} targets, its sources. */
        Adjacency transposed(int columns) {
            var counts = new int[columns + 1];
            for (int target : targets) {
                counts[target + 1]++;
            }
            for (int i = 0; i < columns; i++) {
                counts[i + 1] += counts[i];
            }
            var sources = new int[targets.length];
            var fill = Arrays.copyOf(counts, columns);
            int rows = offsets.length - 1;
            for (int row = 0; row < rows; row++) {
                for (int k = offsets[row]; k < offsets[row + 1]; k++) {
                    sources[fill[targets[k]]++] = row;
                }
            }
            return new Adjacency(counts, sources);
        }
    }
}
