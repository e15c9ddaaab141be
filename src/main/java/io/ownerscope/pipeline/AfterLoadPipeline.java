package io.ownerscope.pipeline;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

import io.ownerscope.identity.IdentityLinks;
import io.ownerscope.identity.IdentityRelinked;
import io.ownerscope.loading.AfterLoadSteps;
import io.ownerscope.loading.GraphLoaded;
import io.ownerscope.ownership.DesignationRecompute;
import io.ownerscope.ownership.DesignationsRecomputed;
import io.ownerscope.paths.ExposureIndex;
import io.ownerscope.resolution.ClustersChanged;
import io.ownerscope.resolution.Resolver;
import io.ownerscope.screening.NameIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What runs after the facts change, and in what order; each step starts from the previous one's outcome:
 * <ol>
 * <li>a load finished ({@link GraphLoaded}): the names of the entities it wrote are keyed for screening, those
 * entities are compared with the records of other datasets (suggested pairs; decided pairs joined again), then the
 * identity links are relinked, since the load may have stated new identifiers;</li>
 * <li>the links are relinked (after a load, or on demand when they changed: {@link IdentityRelinked}), or an
 * analyst joined or unjoined records ({@link ClustersChanged}): the designations are recomputed, since a cluster
 * of records counts as one party;</li>
 * <li>the designations were recomputed (here, or on demand: {@link DesignationsRecomputed}): the exposure index is
 * refreshed, since it prunes exposure searches by the designated parties.</li>
 * </ol>
 * A load's facts are in the graph whatever happens here: a step that fails is logged with how to run it again, and
 * the steps after it still run on what the graph holds. Each step is timed in the log.
 */
@Component
class AfterLoadPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(AfterLoadPipeline.class);

    private final NameIndex names;
    private final Resolver resolver;
    private final IdentityLinks identity;
    private final DesignationRecompute designations;
    private final ExposureIndex exposure;

    AfterLoadPipeline(NameIndex names, Resolver resolver, IdentityLinks identity, DesignationRecompute designations,
            ExposureIndex exposure) {
        this.names = names;
        this.resolver = resolver;
        this.identity = identity;
        this.designations = designations;
        this.exposure = exposure;
    }

    @EventListener
    void loaded(GraphLoaded loaded) {
        var runId = loaded.report().loadRunId();
        var steps = loaded.report().afterLoad();
        step(steps, "name keys", " after load run " + runId,
                "keys are written again after the next load of these records", () -> names.indexLoadRun(runId));
        step(steps, "resolution", " after load run " + runId,
                "run the resolve command or POST /api/resolution/recompute",
                () -> resolver.resolveLoadRun(runId, loaded.report().dataset()));
        var relinked = step(steps, "identity relink", " after load run " + runId,
                "run the identity command or POST /api/identity/recompute", () -> identity.relinkAfterLoad(runId));
        if (relinked != null) {
            LOG.info("Identity links after load run {}: {} (added {}, removed {})", runId, relinked.links(),
                    relinked.added(), relinked.removed());
        }
        recomputeDesignations("load run " + runId, steps);
    }

    /** Links changed on demand: the parties, and so the designations, may have changed. */
    @EventListener
    void relinked(IdentityRelinked relinked) {
        recomputeDesignations("the identity links changed", new AfterLoadSteps());
    }

    /** An analyst joined or unjoined records. */
    @EventListener
    void clustersChanged(ClustersChanged changed) {
        recomputeDesignations("the decision " + changed.reason(), new AfterLoadSteps());
    }

    private void recomputeDesignations(String after, AfterLoadSteps steps) {
        var asOf = LocalDate.now();
        var recomputed = step(steps, "designation recompute", " after " + after,
                "run the designations command or POST /api/designations/recompute",
                () -> designations.recomputeAllInPipeline(asOf));
        if (recomputed != null) {
            refreshExposure("the designations as of " + asOf, steps);
        }
    }

    /** The designations were recomputed on demand (the designations command, the API). */
    @EventListener
    void designationsRecomputed(DesignationsRecomputed recomputed) {
        refreshExposure("the " + String.join(", ", recomputed.regimes()) + " designations as of "
                + recomputed.asOf(), new AfterLoadSteps());
    }

    private void refreshExposure(String after, AfterLoadSteps steps) {
        step(steps, "exposure index refresh", " after " + after, "exposure searches read every level until it is: run the "
                + "designations command or POST /api/designations/recompute", exposure::refresh);
    }

    private static <T> T step(AfterLoadSteps steps, String step, String after, String retry, Supplier<T> work) {
        var name = step + after;
        long started = System.nanoTime();
        try {
            var result = work.get();
            var took = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("{}: {} ms", name, took.toMillis());
            steps.add(step, took, false);
            return result;
        } catch (RuntimeException e) {
            var took = Duration.ofNanos(System.nanoTime() - started);
            LOG.error("{} failed after {} ms ({}); {}", name, took.toMillis(), e.getMessage(), retry);
            steps.add(step, took, true);
            return null;
        }
    }
}
