package io.ownerscope.ownership;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.Map;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.system.ConflictException;
import io.swagger.v3.oas.annotations.media.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The whole-graph fixpoint: computes every listed and derived designation of a regime and marks it in the graph as
 * {@code (:Designation)-[:DESIGNATES]->(:Entity)} with its evidence, replacing the previous marks. Runs after every
 * load and on demand.
 */
@Service
public class DesignationRecompute {

    private static final Logger LOG = LoggerFactory.getLogger(DesignationRecompute.class);
    private static final String CLEAR = Cypher.load("ownership/clear-designations.cypher");
    private static final String WRITE = Cypher.load("ownership/write-designations.cypher");
    private static final int BATCH = 5_000;

    /** What one recompute marked. */
    @Schema(name = "DesignationRecomputeCounts")
    public record Counts(String regime, LocalDate asOf, long listed, long derived, long possibly, long millis) {
    }

    private final Graph graph;
    private final OwnershipRepository repository;
    private final OwnershipSettings settings;
    private final DesignationRules rules;
    private final ApplicationEventPublisher events;
    /** One recompute at a time in this service: concurrent ones would race on the designation ids they write. */
    private final ReentrantLock running = new ReentrantLock();
    private static final String BUSY = "a recompute of the designations is running; try again when it has ended";

    DesignationRecompute(Graph graph, OwnershipRepository repository, OwnershipSettings settings,
            ApplicationEventPublisher events) {
        this.graph = graph;
        this.repository = repository;
        this.settings = settings;
        this.events = events;
        this.rules = new DesignationRules(settings.euInclusiveFrom());
    }

    /**
     * Tells the listeners of {@link DesignationsRecomputing}, recomputes every regime, then tells the listeners of
     * {@link DesignationsRecomputed}: a recompute on demand.
     */
    public List<Counts> recomputeAll(LocalDate asOf) {
        if (!running.tryLock()) {
            throw new ConflictException(BUSY);
        }
        try {
            var counts = recomputeAllInPipeline(asOf);
            events.publishEvent(new DesignationsRecomputed(asOf, counts.stream().map(Counts::regime).toList()));
            return counts;
        } finally {
            running.unlock();
        }
    }

    /**
     * Tells the listeners of {@link DesignationsRecomputing} and recomputes every regime; what follows is the
     * after-load pipeline's to start.
     */
    public List<Counts> recomputeAllInPipeline(LocalDate asOf) {
        // a recompute after a load waits for one on demand to end; the marks are rewritten one recompute at a time
        running.lock();
        try {
            events.publishEvent(new DesignationsRecomputing(ZonedDateTime.now(),
                    Arrays.stream(Regime.values()).map(Regime::name).toList()));
            var counts = new ArrayList<Counts>();
            for (var regime : Regime.values()) {
                counts.add(recompute(regime, asOf));
            }
            return counts;
        } finally {
            running.unlock();
        }
    }

    /** As {@link #recomputeAll}, for one regime. */
    public Counts recompute(String regime, LocalDate asOf) {
        var parsed = Regime.parse(regime);
        if (!running.tryLock()) {
            throw new ConflictException(BUSY);
        }
        try {
            events.publishEvent(new DesignationsRecomputing(ZonedDateTime.now(), List.of(parsed.name())));
            var counts = recompute(parsed, asOf);
            events.publishEvent(new DesignationsRecomputed(asOf, List.of(counts.regime())));
            return counts;
        } finally {
            running.unlock();
        }
    }

    Counts recompute(Regime regime, LocalDate asOf) {
        long started = System.nanoTime();
        var network = repository.wholeGraph(asOf, settings.authoritiesOf(regime));
        long read = System.nanoTime();
        var designations = rules.designate(network, regime, asOf);
        long computed = System.nanoTime();
        var computedAt = ZonedDateTime.now();
        long removed;
        do {
            removed = graph.write(tx -> tx.run(CLEAR, Map.of("regime", regime.name(), "batchSize", BATCH)).single()
                    .get("removed").asLong(), settings.recomputeTimeout());
        } while (removed > 0);
        // every record of a designated party is marked, each with the party's evidence
        var rows = designations.values().stream()
                .flatMap(d -> network.members(d.party().id()).stream().map(member -> row(member, d)))
                .toList();
        for (int from = 0; from < rows.size(); from += BATCH) {
            var batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            graph.write(tx -> tx.run(WRITE, Map.of("rows", batch, "regime", regime.name(), "asOf", asOf,
                    "computedAt", computedAt)).consume(), settings.recomputeTimeout());
        }
        LOG.debug("{}: read {} ms, computed {} ms, written {} ms", regime, (read - started) / 1_000_000,
                (computed - read) / 1_000_000, (System.nanoTime() - computed) / 1_000_000);
        var tally = new EnumMap<Designation.Basis, Long>(Designation.Basis.class);
        designations.values().forEach(d -> tally.merge(d.basis(), marked(network, d), Long::sum));
        long possibly = designations.values().stream().filter(Designation::possibly)
                .mapToLong(d -> marked(network, d)).sum();
        var counts = new Counts(regime.name(), asOf, tally.getOrDefault(Designation.Basis.LISTED, 0L),
                tally.getOrDefault(Designation.Basis.DERIVED, 0L) - possibly, possibly,
                (System.nanoTime() - started) / 1_000_000);
        LOG.info("Designations recomputed: {}", counts);
        return counts;
    }

    /** How many records one designation marks: every record of the party. */
    private static long marked(OwnershipNetwork network, Designation d) {
        return network.members(d.party().id()).size();
    }

    private static Map<String, Object> row(String entityId, Designation d) {
        return Map.of(
                "entityId", entityId,
                "basis", OwnershipViews.basis(d.basis()),
                "possibly", d.possibly(),
                "aggregateShareMin", d.aggregateShareMin(),
                "aggregateShareMax", d.aggregateShareMax(),
                "sanctions", d.listings().stream().map(Listing::sanctionId).toList(),
                "contributors", d.contributions().stream().map(c -> c.owner().id()).toList(),
                "contributorShares", d.contributions().stream().map(Designation.Contribution::shareMin).toList(),
                "contributorRecords", d.contributions().stream()
                        .map(c -> String.valueOf(c.source().getOrDefault("recordId", ""))).toList());
    }
}
