package io.ownerscope.chains;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pass-through evidence: an outbound shipment that leaves the intermediary within a window after an inbound one of
 * the same HS-6 code arrived (same goods, re-exported soon after). Matching does not decide whether a chain exists;
 * it raises its score.
 */
final class PassThrough {

    private final int windowDays;

    PassThrough(int windowDays) {
        this.windowDays = windowDays;
    }

    /** For each outbound shipment (by id, in order), the inbound shipments it may pass on; empty when none. */
    Map<String, List<String>> match(List<ChainFacts.Shipment> inbound, List<ChainFacts.Shipment> outbound) {
        var matches = new LinkedHashMap<String, List<String>>();
        for (var out : outbound) {
            var passedOn = new ArrayList<String>();
            for (var in : inbound) {
                if (out.date() != null && in.date() != null && in.hs6() != null && in.hs6().equals(out.hs6())
                        && !out.date().isBefore(in.date()) && !out.date().isAfter(in.date().plusDays(windowDays))) {
                    passedOn.add(in.id());
                }
            }
            matches.put(out.id(), passedOn);
        }
        return matches;
    }

    /** The share (0–1) of the outbound value that matches an inbound shipment; by count when no value is known. */
    static double matchedShare(List<ChainFacts.Shipment> outbound, Map<String, List<String>> matches) {
        double total = 0;
        double matched = 0;
        for (var out : outbound) {
            total += out.value();
            if (!matches.getOrDefault(out.id(), List.of()).isEmpty()) {
                matched += out.value();
            }
        }
        if (total > 0) {
            return matched / total;
        }
        long count = outbound.stream().filter(o -> !matches.getOrDefault(o.id(), List.of()).isEmpty()).count();
        return outbound.isEmpty() ? 0 : (double) count / outbound.size();
    }
}
