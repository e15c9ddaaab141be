package io.ownerscope.paths;

import java.util.Arrays;

/**
 * For every entity, the fewest hops from it to a designated party over the links an exposure search follows, with
 * its hub guard: a breadth-first search from every designated party at once, over the rows of an
 * {@link ExposureSnapshot}. A party reached through a hub (an entity with too many links, or an address with too many
 * registrations) is not counted through it, since a search does not go through hubs; a designated hub still counts
 * for its own neighbours, since a search may end at one.
 * <p>
 * It walks every link whatever its dates, from every party any search could count as designated (listed by any
 * authority at any time, or with a derived designation under any regime), so that the count is never more than the
 * hops a search on any date and under any regime needs: a lower bound the search prunes with. The same count to the
 * nearest listed party is where a search first expects the nearest listing that ends its answer.
 */
final class HopsToDesignated {

    /** Returned for entities with no designated party within the cap. */
    static final int BEYOND = -1;

    private final ExposureSnapshot links;
    private final boolean[] hub;
    private final boolean[] designated;
    private final boolean[] listed;

    HopsToDesignated(ExposureSnapshot links) {
        this.links = links;
        int n = links.entities();
        hub = new boolean[n];
        designated = new boolean[n];
        listed = new boolean[n];
        for (int entity = 0; entity < n; entity++) {
            hub[entity] = links.hub(entity) != null;
            var designation = links.designation(entity);
            if (designation != null && designation.designated()) {
                designated[entity] = true;
                listed[entity] = !designation.listings().isEmpty();
            }
        }
    }

    /**
     * For each entity (in number order), the hops to its nearest designated party and to its nearest listed party,
     * {@link #BEYOND} past {@code maxHops}.
     */
    record Hops(int[] toDesignated, int[] toListed) {
    }

    /** Both counts for every entity, up to {@code maxHops}, with the snapshot's hub degree. */
    Hops compute(int maxHops) {
        return new Hops(distances(designated, maxHops), distances(listed, maxHops));
    }

    /** How many entities any search could count as designated. */
    long designatedParties() {
        long count = 0;
        for (boolean d : designated) {
            if (d) {
                count++;
            }
        }
        return count;
    }

    private int[] distances(boolean[] sources, int maxHops) {
        int n = links.entities();
        var direct = links.direct();
        var trade = links.trade();
        var registrations = links.registrations();
        var registered = links.registered();
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
        var addressDone = new boolean[registered.rows()];
        while (head < tail) {
            int entity = queue[head++];
            int next = hops[entity] + 1;
            if (next > maxHops || (hops[entity] > 0 && hub[entity])) {
                continue;
            }
            for (var rows : new ExposureSnapshot.Rows[] {direct, trade}) {
                for (int k = rows.start(entity); k < rows.end(entity); k++) {
                    int other = rows.target(k);
                    if (hops[other] == BEYOND) {
                        hops[other] = next;
                        queue[tail++] = other;
                    }
                }
            }
            for (int k = registrations.start(entity); k < registrations.end(entity); k++) {
                int address = registrations.target(k);
                // the first time an address is reached is from the nearest party: later ones add nothing
                if (addressDone[address] || registered.end(address) - registered.start(address) >= links.hubDegree) {
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
}
