package io.ownerscope.ownership;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Whether a party is designated under a regime on a date, and why.
 *
 * @param basis listed (a sanction of the regime's authorities names it), derived (owned or controlled as the regime's
 *     rule says) or none
 * @param possibly not designated on the stated minimum shares, but would be on the maximum of the ranges
 * @param aggregateShareMin the share designated owners hold, counted as the regime counts it (lower bound)
 * @param aggregateShareMax the same on the maximum of share ranges
 * @param contributions each designated owner or controller that counts, with its stake and the path from a listed
 *     party
 */
record Designation(Party party, Regime regime, LocalDate asOf, Basis basis, boolean possibly,
        double aggregateShareMin, double aggregateShareMax, List<Listing> listings,
        List<Contribution> contributions) {

    enum Basis { LISTED, DERIVED, NONE }

    boolean designated() {
        return basis != Basis.NONE;
    }

    /**
     * One designated owner's (or controller's) part in a derived designation.
     *
     * @param designatedParty under the UK rule, the listed person whose holdings these are; otherwise the owner
     * @param path from a listed party down to this entity, each hop with its share and sources
     */
    record Contribution(Party owner, Basis ownerBasis, Holding.Kind kind, Double share, double shareMin,
            double shareMax, Party designatedParty, List<EffectiveOwnership.Hop> path, Map<String, Object> source) {
    }
}
