package io.ownerscope.ownership;

import java.time.LocalDate;
import java.util.Map;

/**
 * One stated link of an ownership network: equity ({@link Kind#OWNS}, shares in percent, a range when only bounds
 * are known, 0–100 when unknown) or control without equity ({@link Kind#CONTROLS}).
 *
 * @param source where the fact comes from (dataset, record id, load run, source URL); empty when not needed
 */
record Holding(String ownerId, String ownedId, Kind kind, Double share, double shareMin, double shareMax,
        String interestType, LocalDate startDate, LocalDate endDate, Map<String, Object> source) {

    enum Kind { OWNS, CONTROLS }

    static Holding owns(String ownerId, String ownedId, double share) {
        return new Holding(ownerId, ownedId, Kind.OWNS, share, share, share, "shareholding", null, null, Map.of());
    }

    static Holding ownsBetween(String ownerId, String ownedId, double min, double max) {
        return new Holding(ownerId, ownedId, Kind.OWNS, null, min, max, "shareholding", null, null, Map.of());
    }

    static Holding controls(String controllerId, String controlledId, String interestType) {
        return new Holding(controllerId, controlledId, Kind.CONTROLS, null, 0, 0, interestType, null, null, Map.of());
    }

    boolean isEquity() {
        return kind == Kind.OWNS;
    }
}
