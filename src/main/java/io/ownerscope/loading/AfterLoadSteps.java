package io.ownerscope.loading;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The steps that ran after a load (name keys, resolution, ...), each with its time, as the load summary lists them. */
public final class AfterLoadSteps {

    /** One step: its name, how long it took and whether it failed (the log says why). */
    public record Step(String name, Duration took, boolean failed) {
    }

    private final List<Step> steps = new CopyOnWriteArrayList<>();

    public void add(String name, Duration took, boolean failed) {
        steps.add(new Step(name, took, failed));
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }
}
