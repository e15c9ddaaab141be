package io.ownerscope.chains;

import java.time.LocalDate;
import java.util.List;

/** The facts a chain is made of, as read from the graph; every fact keeps its source ({@code dataset:recordId}). */
final class ChainFacts {

    private ChainFacts() {
    }

    static String source(String dataset, String recordId) {
        return dataset == null && recordId == null ? null : dataset + ":" + recordId;
    }

    /** A company, person or organization. */
    record Party(String id, String name, String country, LocalDate incorporationDate, String source,
            String sourceUrl) {
    }

    /** One customs record. */
    record Shipment(String id, LocalDate date, String hsCode, String hs6, String chplTier, Double valueUsd,
            String description, String source, String sourceUrl) {

        double value() {
            return valueUsd == null ? 0 : valueUsd;
        }
    }

    /**
     * A supplier, an intermediary and a consignee with the shipments between them: inbound (supplier →
     * intermediary), outbound (intermediary → consignee, from the first inbound on) and the supplier's direct
     * shipments to the consignee before the first inbound.
     */
    record Legs(Party supplier, Party intermediary, Party consignee, List<Shipment> inbound, List<Shipment> outbound,
            List<Shipment> direct) {
    }

    /** A sanction in force on the date asked. */
    record Listing(String authority, String program, LocalDate listedOn, String source) {
    }

    /** A derived designation mark of the last whole-graph recompute. */
    record Mark(String regime, boolean possibly, LocalDate asOf, Double aggregateShareMin, List<String> contributors,
            List<String> contributorRecords) {
    }

    /** One link of a path from a designated party to the consignee. */
    record Hop(String type, String from, String fromName, String to, String toName, Double share, Double shareMin,
            Double shareMax, String interestType, String role, LocalDate startDate, LocalDate endDate,
            String source) {
    }

    /**
     * How a consignee is tied to a designated party: the kind, the path (from the consignee up) and the party's
     * designations.
     */
    record Link(String consigneeId, Party party, Kind kind, List<Hop> path, List<Listing> listings, List<Mark> marks) {

        boolean onlyPossibly() {
            return listings.isEmpty() && marks.stream().allMatch(Mark::possibly);
        }
    }

    /** Kinds of link, strongest first. */
    enum Kind {
        DESIGNATED("designated"),
        OWNED_OR_CONTROLLED("owned-or-controlled"),
        DIRECTED("directed"),
        SHARED_ADDRESS("shared-address");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }

        static Kind of(String code) {
            for (var kind : values()) {
                if (kind.code.equals(code)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown link kind " + code);
        }
    }
}
