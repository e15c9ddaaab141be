package io.ownerscope.reference;

import java.time.Duration;

import io.ownerscope.graph.Graph;

/** Writes the reference lists shipped in the jar (the Common High Priority List) into a graph that lacks them. */
public final class ReferenceLists {

    private ReferenceLists() {
    }

    /** Writes each list unless the graph already holds the same version; re-tiers shipments when it did not. */
    public static void applyShipped(Graph graph, Duration timeout) {
        new ChplReferenceData(graph, timeout).apply(CommonHighPriorityList.shipped());
    }
}
