package io.ownerscope.paths;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.ownership.DesignationsRecomputing;
import jakarta.annotation.PreDestroy;
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
 * lists. Refreshed after every designation recompute; only changed counts are written. Set aside (stale) while a
 * load runs or the designation marks are rewritten, until the next refresh.
 * <p>
 * What a refresh reads (every link with its kind and dates, the hubs, every listing and derived designation) is kept
 * in memory as an {@link ExposureSnapshot}: a search that finds the index it was taken with reads its levels there.
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
    private static final String DESIGNATIONS_CHANGING = Cypher.load("paths/index/designations-changing.cypher");
    private static final int BATCH = 10_000;
    private static final List<Integer> NO_COUNTS = Arrays.asList(null, null);

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
    /** The links and designations the index was last computed from, held while in-memory reads are on. */
    private volatile ExposureSnapshot snapshot;
    private final AtomicBoolean taking = new AtomicBoolean();
    private final ExecutorService taker = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon()
            .name("exposure-snapshot").factory());

    ExposureIndex(Graph graph, PathsSettings settings) {
        this.graph = graph;
        this.settings = settings;
    }

    /**
     * The designation marks are about to change: the index is marked stale (searches do without it until it is
     * refreshed, whichever instance they run on), and the snapshot is let go.
     */
    @EventListener
    void beforeDesignations(DesignationsRecomputing recomputing) {
        snapshot = null;
        graph.write(tx -> tx.run(DESIGNATIONS_CHANGING, Map.of("startedAt", recomputing.startedAt())).consume());
    }

    @PreDestroy
    void stop() {
        taker.shutdownNow();
    }

    /**
     * Computes every entity's hops to a designated and to a listed party and writes those that changed; keeps what
     * it read in memory as the snapshot searches read their levels from (when in-memory reads are on).
     */
    public synchronized Refresh refresh() {
        // the old snapshot is let go before the graph is read again, not to hold two at once
        snapshot = null;
        var computedAt = ZonedDateTime.now();
        long started = System.nanoTime();
        var read = graph.read(tx -> readGraph(tx, computedAt), settings.indexTimeout());
        long readDone = System.nanoTime();
        var links = read.links();
        var bfs = new HopsToDesignated(links);
        var hops = bfs.compute(settings.exposureMaxHops());
        var changed = new ArrayList<Map<String, Object>>();
        long withinReach = 0;
        for (int i = 0; i < links.entities(); i++) {
            var counts = Arrays.asList(countOrNull(hops.toDesignated()[i]), countOrNull(hops.toListed()[i]));
            if (counts.get(0) != null) {
                withinReach++;
            }
            var id = links.id(i);
            if (!read.stored().getOrDefault(id, NO_COUNTS).equals(counts)) {
                var row = new HashMap<String, Object>();
                row.put("id", id);
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
        long designated = bfs.designatedParties();
        graph.write(tx -> tx.run(MARK, Map.of("computedAt", computedAt, "hubDegree", settings.hubDegree(),
                "maxHops", settings.exposureMaxHops(), "designated", designated, "withinReach", reachable))
                .consume());
        if (settings.exposureInMemory()) {
            snapshot = links.withHops(hops.toDesignated());
        }
        var refresh = new Refresh(links.entities(), designated, withinReach, changed.size(),
                millis(started, readDone), millis(readDone, computed), millis(computed, System.nanoTime()));
        LOG.info("Exposure index refreshed: {}", refresh);
        return refresh;
    }

    /**
     * The snapshot taken with the index a search found ({@code state}), if this instance holds it. When it does not
     * (the service started after the refresh, or another instance refreshed the index), one is taken in the
     * background, and searches read the graph until it is there.
     */
    Optional<ExposureSnapshot> snapshot(State state) {
        if (!settings.exposureInMemory()) {
            return Optional.empty();
        }
        var held = snapshot;
        if (held != null && held.computedAt.toInstant().equals(state.computedAt().toInstant())) {
            return Optional.of(held);
        }
        if (taking.compareAndSet(false, true)) {
            taker.execute(() -> {
                try {
                    takeSnapshot();
                } catch (RuntimeException e) {
                    LOG.warn("No in-memory snapshot of the exposure index was taken ({}); exposure searches read the "
                            + "graph", e.getMessage());
                } finally {
                    taking.set(false);
                }
            });
        }
        return Optional.empty();
    }

    /**
     * Reads the graph and the index as stored, in one transaction, and keeps them as the snapshot when the index is
     * fresh and computed with this hub guard.
     */
    /** Lets the snapshot go (to measure what it holds). */
    void letGo() {
        snapshot = null;
    }

    /** The snapshot held, or null. */
    ExposureSnapshot held() {
        return snapshot;
    }

    synchronized void takeSnapshot() {
        long started = System.nanoTime();
        var taken = graph.read(tx -> {
            var state = state(tx, null);
            if (state.isEmpty() || !state.get().usableFor(settings.hubDegree(), settings.exposureMaxHops())) {
                return null;
            }
            var held = snapshot;
            if (held != null && held.computedAt.toInstant().equals(state.get().computedAt().toInstant())) {
                return held;
            }
            var read = readGraph(tx, state.get().computedAt());
            var links = read.links();
            var hops = new int[links.entities()];
            for (int i = 0; i < hops.length; i++) {
                var stored = read.stored().getOrDefault(links.id(i), NO_COUNTS).get(0);
                hops[i] = stored == null ? HopsToDesignated.BEYOND : stored;
            }
            return links.withHops(hops);
        }, settings.indexTimeout());
        if (taken != null) {
            snapshot = taken;
            LOG.info("Exposure index snapshot of {} entities taken in memory in {} ms", taken.entities(),
                    millis(started, System.nanoTime()));
        }
    }

    /** What one read of the whole graph gives: the links and designations, and the index counts stored. */
    private record GraphRead(ExposureSnapshot links, Map<String, List<Integer>> stored) {
    }

    private GraphRead readGraph(TransactionContext tx, ZonedDateTime computedAt) {
        var links = new ExposureSnapshot.Builder();
        var stored = new HashMap<String, List<Integer>>();
        var step = new Stopwatch();
        tx.run(ENTITIES).forEachRemaining(row -> {
            var id = row.get("id").asString();
            links.entity(id);
            if (!row.get("hops").isNull() || !row.get("listedHops").isNull()) {
                stored.put(id, Arrays.asList(intOrNull(row.get("hops")), intOrNull(row.get("listedHops"))));
            }
        });
        step.lap("entities");
        tx.run(DIRECT_LINKS).forEachRemaining(row -> links.direct(links.entity(row.get("a").asString()),
                links.entity(row.get("b").asString()), row.get("type").asString(), row.get("startDate").asObject(),
                row.get("endDate").asObject()));
        step.lap("direct links");
        tx.run(TRADE_LINKS).forEachRemaining(row -> links.shipment(links.entity(row.get("a").asString()),
                links.entity(row.get("b").asString()), row.get("date").asObject()));
        step.lap("trade links");
        tx.run(REGISTRATIONS).forEachRemaining(row -> links.registration(row.get("address").asString(),
                row.get("full").asString(null), links.entity(row.get("entity").asString()),
                row.get("startDate").asObject(), row.get("endDate").asObject()));
        step.lap("registrations");
        tx.run(HUBS, Map.of("hubDegree", settings.hubDegree())).forEachRemaining(row -> links.hub(
                links.entity(row.get("id").asString()), row.get("name").asString(null), row.get("degree").asLong()));
        step.lap("hubs");
        tx.run(DESIGNATED).forEachRemaining(row -> links.designation(links.entity(row.get("id").asString()),
                GraphNetwork.designation(row.get("listings"), row.get("derived"))));
        step.lap("designated parties");
        return new GraphRead(links.build(computedAt, settings.hubDegree()), stored);
    }

    private static Integer intOrNull(Value value) {
        return value.isNull() ? null : value.asInt();
    }

    private static Integer countOrNull(int hops) {
        return hops == HopsToDesignated.BEYOND ? null : hops;
    }

    /**
     * The index as a search from {@code start} (null: none) finds it, read in the search's own transaction; empty:
     * none.
     */
    static Optional<State> state(TransactionContext tx, String start) {
        var row = tx.run(STATE, Collections.singletonMap("id", start)).single();
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
