package io.ownerscope.reference;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the graph's copy of the Common High Priority List in step with the list shipped in the jar: the
 * {@code (:ChplCode)} nodes and the {@code chplTier} of every shipment. Loads tier new shipments themselves; this
 * re-tiers the shipments already in the graph when the shipped list changes (a newer version).
 */
final class ChplReferenceData {

    private static final Logger LOG = LoggerFactory.getLogger(ChplReferenceData.class);
    private static final String APPLIED = Cypher.load("reference/applied-chpl.cypher");
    private static final String APPLY = Cypher.load("reference/apply-chpl.cypher");

    private final Graph graph;
    private final Duration timeout;

    ChplReferenceData(Graph graph, Duration timeout) {
        this.graph = graph;
        this.timeout = timeout;
    }

    /** Writes the list when the graph holds none or another version; returns whether it wrote. */
    boolean apply(CommonHighPriorityList list) {
        var applied = graph.read(tx -> tx.run(APPLIED).single().get("checksum").asString(null));
        if (list.checksum().equals(applied)) {
            return false;
        }
        var codes = list.tiers().entrySet().stream()
                .map(code -> Map.<String, Object>of("hs6", code.getKey(), "tier", code.getValue()))
                .toList();
        graph.write(tx -> tx.run(APPLY, Map.of("name", "Common High Priority List", "version", list.version(),
                "source", list.source(), "checksum", list.checksum(), "codes", codes,
                "hs6Codes", List.copyOf(list.tiers().keySet()))).consume(), timeout);
        LOG.info("Common High Priority List of {} written ({} codes); shipments re-tiered", list.version(),
                codes.size());
        return true;
    }
}
