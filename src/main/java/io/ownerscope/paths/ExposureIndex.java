package io.ownerscope.paths;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.ownership.DesignationsRecomputed;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The exposure index: on every entity, {@code hopsToDesignated}, the fewest hops to a designated party (see
 * {@link HopsToDesignated}), with an {@code (:ExposureIndex)} node recording when and with which hub guard it was
 * computed. Exposure searches prune with it: an entity whose hops added to its distance from the start exceed what
 * the search still looks for cannot lead to a party the answer lists. Refreshed after every designation recompute;
 * only changed counts are written.
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
     * @param startHops the hop count of the search's start; null when it has none within the index's cap
     */
    record State(ZonedDateTime computedAt, int hubDegree, int maxHops, boolean stale, Integer startHops) {

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

    /** Computes every entity's hops to a designated party and writes those that changed. */
    public synchronized Refresh refresh() {
        var computedAt = ZonedDateTime.now();
        long started = System.nanoTime();
        var current = new HashMap<String, Integer>();
        var network = new HopsToDesignated();
        long designated = graph.read(tx -> {
            tx.run(ENTITIES).forEachRemaining(row -> {
                var id = row.get("id").asString();
                network.entity(id);
                if (!row.get("hops").isNull()) {
                    current.put(id, row.get("hops").asInt());
                }
            });
            tx.run(DIRECT_LINKS).forEachRemaining(row -> network.link(row.get("a").asString(), row.get("b").asString()));
            tx.run(TRADE_LINKS).forEachRemaining(row -> network.link(row.get("a").asString(), row.get("b").asString()));
            tx.run(REGISTRATIONS).forEachRemaining(row -> network.registration(row.get("address").asString(),
                    row.get("entity").asString()));
            tx.run(HUBS, Map.of("hubDegree", settings.hubDegree()))
                    .forEachRemaining(row -> network.hub(row.get("id").asString()));
            long count = 0;
            for (var row : tx.run(DESIGNATED).list()) {
                network.designated(row.get("id").asString());
                count++;
            }
            return count;
        }, settings.indexTimeout());
        long read = System.nanoTime();
        var hops = network.compute(settings.hubDegree(), settings.exposureMaxHops());
        var changed = new ArrayList<Map<String, Object>>();
        long withinReach = 0;
        for (var entry : hops.entrySet()) {
            Integer value = entry.getValue() == HopsToDesignated.BEYOND ? null : entry.getValue();
            if (value != null) {
                withinReach++;
            }
            if (!Objects.equals(value, current.get(entry.getKey()))) {
                var row = new HashMap<String, Object>();
                row.put("id", entry.getKey());
                row.put("hops", value);
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
        var refresh = new Refresh(hops.size(), designated, withinReach, changed.size(), millis(started, read),
                millis(read, computed), millis(computed, System.nanoTime()));
        LOG.info("Exposure index refreshed: {}", refresh);
        return refresh;
    }

    /** The index as a search from {@code start} finds it, read in the search's own transaction; empty: none. */
    static Optional<State> state(TransactionContext tx, String start) {
        var row = tx.run(STATE, Map.of("id", start)).single();
        if (row.get("computedAt").isNull()) {
            return Optional.empty();
        }
        return Optional.of(new State(row.get("computedAt").asZonedDateTime(), row.get("hubDegree").asInt(),
                row.get("maxHops").asInt(), row.get("stale").asBoolean(),
                row.get("startHops").isNull() ? null : row.get("startHops").asInt()));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
