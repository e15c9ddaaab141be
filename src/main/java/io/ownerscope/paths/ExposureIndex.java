package io.ownerscope.paths;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.ownership.DesignationsRecomputed;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The exposure index: on every entity, {@code hopsToDesignated}, the fewest hops to a designated party, and
 * {@code hopsToListed}, to a listed one (see {@link HopsToDesignated}), with an {@code (:ExposureIndex)} node
 * recording when and with which hub guard it was computed. Exposure searches prune with it: an entity whose hops
 * added to its distance from the start exceed what the search still looks for cannot lead to a party the answer
 * lists. Refreshed after every designation recompute; only changed counts are written.
 */
@Service
public class ExposureIndex {

    private static final Logger LOG = LoggerFactory.getLogger(ExposureIndex.class);
    private static final String ENTITIES = Cypher.load("paths/index/entities.cypher");
    private static final String DIRECT_LINKS = Cypher.load("paths/index/direct-links.cypher");
    private static final String TRADE_LINKS = Cypher.load("paths/index/trade-links.cypher");
    private static final String REGISTRATIONS = Cypher.load("paths/index/registrations.cypher");
    private static final String HUBS = Cypher.load("paths/index/hubs.cypher");
    private static final String DESIGNATED = Cypher.load("paths/index/designated.cypher");
    private static final String WRITE_HOPS = Cypher.load("paths/index/write-hops.cypher");
    private static final String MARK = Cypher.load("paths/index/mark.cypher");
    private static final String STATE = Cypher.load("paths/index/state.cypher");
    private static final int BATCH = 10_000;

    /**
     * What one refresh did.
     *
     * @param entities entities in the graph
     * @param designated entities any search could count as designated
     * @param withinReach entities with a designated party within the cap (the designated included)
     * @param changed entities whose count was written
     */
    public record Refresh(long entities, long designated, long withinReach, long changed, long readMillis,
            long computeMillis, long writeMillis) {
    }

    /**
     * The index as a search from one entity finds it.
     *
     * @param startHops the start's hops to the nearest designated party; null when none is within the index's cap
     * @param startListedHops the start's hops to the nearest listed party; null when none is within the cap
     */
    record State(ZonedDateTime computedAt, int hubDegree, int maxHops, boolean stale, Integer startHops,
            Integer startListedHops) {

        /** Whether a search with this hub guard and hop cap may prune with the index. */
        boolean usableFor(int searchHubDegree, int searchMaxHops) {
            return !stale && hubDegree == searchHubDegree && maxHops >= searchMaxHops;
        }
    }

    private final Graph graph;
    private final PathsSettings settings;

    ExposureIndex(Graph graph, PathsSettings settings) {
        this.graph = graph;
        this.settings = settings;
    }

    /** The designations changed: the index follows. A failure leaves the index stale, and searches do without it. */
    @EventListener
    void afterDesignations(DesignationsRecomputed recomputed) {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.error("The exposure index was not refreshed ({}); exposure searches read every level until it is: "
                    + "run the designations command or POST /api/designations/recompute to refresh it",
                    e.getMessage());
        }
    }

    /** Computes every entity's hops to a designated and to a listed party and writes those that changed. */
    public synchronized Refresh refresh() {
        var computedAt = ZonedDateTime.now();
        long started = System.nanoTime();
        var current = new HashMap<String, List<Integer>>();
        var network = new HopsToDesignated();
        long designated = graph.read(tx -> {
            var step = new Stopwatch();
            tx.run(ENTITIES).forEachRemaining(row -> {
                var id = row.get("id").asString();
                network.entity(id);
                if (!row.get("hops").isNull() || !row.get("listedHops").isNull()) {
                    current.put(id, Arrays.asList(intOrNull(row.get("hops")), intOrNull(row.get("listedHops"))));
                }
            });
            step.lap("entities");
            tx.run(DIRECT_LINKS).forEachRemaining(row -> link(network, row));
            step.lap("direct links");
            tx.run(TRADE_LINKS).forEachRemaining(row -> link(network, row));
            step.lap("trade links");
            tx.run(REGISTRATIONS).forEachRemaining(row -> network.registration(row.get("address").asString(),
                    row.get("entity").asString()));
            step.lap("registrations");
            tx.run(HUBS, Map.of("hubDegree", settings.hubDegree()))
                    .forEachRemaining(row -> network.hub(row.get("id").asString()));
            step.lap("hubs");
            var parties = new HashSet<String>();
            tx.run(DESIGNATED).forEachRemaining(row -> {
                var id = row.get("id").asString();
                parties.add(id);
                if (row.get("listed").asBoolean()) {
                    network.listed(id);
                } else {
                    network.designated(id);
                }
            });
            step.lap("designated parties");
            return (long) parties.size();
        }, settings.indexTimeout());
        long read = System.nanoTime();
        var hops = network.computeBoth(settings.hubDegree(), settings.exposureMaxHops());
        var changed = new ArrayList<Map<String, Object>>();
        long withinReach = 0;
        for (int i = 0; i < hops.ids().length; i++) {
            var counts = Arrays.asList(countOrNull(hops.toDesignated()[i]), countOrNull(hops.toListed()[i]));
            if (counts.get(0) != null) {
                withinReach++;
            }
            var before = current.getOrDefault(hops.ids()[i], Arrays.asList(null, null));
            if (!before.equals(counts)) {
                var row = new HashMap<String, Object>();
                row.put("id", hops.ids()[i]);
                row.put("hops", counts.get(0));
                row.put("listedHops", counts.get(1));
                changed.add(row);
            }
        }
        long computed = System.nanoTime();
        for (int from = 0; from < changed.size(); from += BATCH) {
            List<Map<String, Object>> batch = changed.subList(from, Math.min(changed.size(), from + BATCH));
            graph.write(tx -> tx.run(WRITE_HOPS, Map.of("rows", batch)).consume(), settings.indexTimeout());
        }
        long reachable = withinReach;
        graph.write(tx -> tx.run(MARK, Map.of("computedAt", computedAt, "hubDegree", settings.hubDegree(),
                "maxHops", settings.exposureMaxHops(), "designated", designated, "withinReach", reachable))
                .consume());
        var refresh = new Refresh(hops.ids().length, designated, withinReach, changed.size(), millis(started, read),
                millis(read, computed), millis(computed, System.nanoTime()));
        LOG.info("Exposure index refreshed: {}", refresh);
        return refresh;
    }

    private static void link(HopsToDesignated network, Record row) {
        network.link(row.get("a").asString(), row.get("b").asString());
    }

    private static Integer intOrNull(Value value) {
        return value.isNull() ? null : value.asInt();
    }

    private static Integer countOrNull(int hops) {
        return hops == HopsToDesignated.BEYOND ? null : hops;
    }

    /** The index as a search from {@code start} finds it, read in the search's own transaction; empty: none. */
    static Optional<State> state(TransactionContext tx, String start) {
        var row = tx.run(STATE, Map.of("id", start)).single();
        if (row.get("computedAt").isNull()) {
            return Optional.empty();
        }
        return Optional.of(new State(row.get("computedAt").asZonedDateTime(), row.get("hubDegree").asInt(),
                row.get("maxHops").asInt(), row.get("stale").asBoolean(),
                intOrNull(row.get("startHops")), intOrNull(row.get("startListedHops"))));
    }

    /** Logs, at debug level, how long each step of reading the graph took. */
    private static final class Stopwatch {

        private long last = System.nanoTime();

        void lap(String step) {
            long now = System.nanoTime();
            LOG.debug("exposure index: read {} in {} ms", step, millis(last, now));
            last = now;
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
