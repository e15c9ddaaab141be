package io.ownerscope.ownership;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Derived designations as a fixpoint: starting from the listed parties, an entity becomes designated when the
 * regime's rule holds for the parties already designated, until nothing changes. Runs on the whole graph or on the
 * upstream neighbourhood of one entity (which holds everything its status depends on).
 */
final class DesignationRules {

    private final LocalDate euInclusiveFrom;

    /** @param euInclusiveFrom from this date the EU threshold is "50% or more", before it "more than 50%" */
    DesignationRules(LocalDate euInclusiveFrom) {
        this.euInclusiveFrom = euInclusiveFrom;
    }

    /** Every listed or derived party of the network, keyed by id. */
    Map<String, Designation> designate(OwnershipNetwork network, Regime regime, LocalDate asOf) {
        var certain = fixpoint(network, regime, asOf, Holding::shareMin);
        var possible = fixpoint(network, regime, asOf, Holding::shareMax);
        var result = new LinkedHashMap<String, Designation>();
        for (var id : certain.keySet()) {
            result.put(id, explain(network, regime, asOf, id, certain, false));
        }
        for (var id : possible.keySet()) {
            if (!certain.containsKey(id)) {
                result.put(id, explain(network, regime, asOf, id, possible, true));
            }
        }
        return result;
    }

    /** One party's status, with the aggregate held by designated owners even when it falls short. */
    Designation designationOf(OwnershipNetwork network, Regime regime, LocalDate asOf, String partyId) {
        var certain = fixpoint(network, regime, asOf, Holding::shareMin);
        if (certain.containsKey(partyId)) {
            return explain(network, regime, asOf, partyId, certain, false);
        }
        var possible = fixpoint(network, regime, asOf, Holding::shareMax);
        if (possible.containsKey(partyId)) {
            return explain(network, regime, asOf, partyId, possible, true);
        }
        var contributions = contributionsFromDesignated(network, regime, partyId, certain);
        return new Designation(network.party(partyId), regime, asOf, Designation.Basis.NONE, false,
                sum(contributions, Designation.Contribution::shareMin),
                sum(contributions, Designation.Contribution::shareMax), List.of(), contributions);
    }

    /** Why each designated party is designated: listed, or the owners that pushed it over (id → reason). */
    private Map<String, Reason> fixpoint(OwnershipNetwork network, Regime regime, LocalDate asOf,
            ToDoubleFunction<Holding> share) {
        var reasons = new HashMap<String, Reason>();
        for (var listed : network.listedParties()) {
            reasons.put(listed, Reason.LISTED);
        }
        if (regime.aggregatesAcrossPersons()) {
            aggregateFixpoint(network, regime, asOf, share, reasons);
        } else {
            singlePersonFixpoint(network, asOf, share, reasons);
        }
        return reasons;
    }

    private void aggregateFixpoint(OwnershipNetwork network, Regime regime, LocalDate asOf,
            ToDoubleFunction<Holding> share, Map<String, Reason> reasons) {
        var queue = new ArrayDeque<>(reasons.keySet());
        while (!queue.isEmpty()) {
            var designated = queue.poll();
            for (var out : network.holdingsFrom(designated)) {
                var candidate = out.ownedId();
                if (reasons.containsKey(candidate)) {
                    continue;
                }
                var held = heldBy(network, candidate, reasons::containsKey, share, regime.controlDesignates());
                if (meetsThreshold(regime, asOf, held.share()) || held.controlled()) {
                    reasons.put(candidate, new Reason(null, held.counted()));
                    queue.add(candidate);
                }
            }
        }
    }

    /** UK: for each listed person, the entities it owns (more than 50%) or controls, directly or through them. */
    private void singlePersonFixpoint(OwnershipNetwork network, LocalDate asOf, ToDoubleFunction<Holding> share,
            Map<String, Reason> reasons) {
        for (var listed : List.copyOf(reasons.keySet())) {
            Set<String> controlledByPerson = new HashSet<>(Set.of(listed));
            var queue = new ArrayDeque<>(List.of(listed));
            while (!queue.isEmpty()) {
                var member = queue.poll();
                for (var out : network.holdingsFrom(member)) {
                    var candidate = out.ownedId();
                    if (controlledByPerson.contains(candidate)) {
                        continue;
                    }
                    var held = heldBy(network, candidate, controlledByPerson::contains, share, true);
                    if (held.share() > 50 || held.controlled()) {
                        controlledByPerson.add(candidate);
                        queue.add(candidate);
                        var known = reasons.get(candidate);
                        if (known == null || known != Reason.LISTED && held.share() > known.heldBy(share)) {
                            reasons.put(candidate, new Reason(listed, held.counted()));
                        }
                    }
                }
            }
        }
    }

    /** What the designated owners of {@code candidate} hold in it, and whether one of them controls it. */
    private static Held heldBy(OwnershipNetwork network, String candidate, Predicate<String> designated,
            ToDoubleFunction<Holding> share, boolean controlCounts) {
        double held = 0;
        boolean controlled = false;
        var counted = new ArrayList<Holding>();
        for (var in : network.holdingsInto(candidate)) {
            if (!designated.test(in.ownerId())) {
                continue;
            }
            if (in.isEquity()) {
                held += share.applyAsDouble(in);
                counted.add(in);
            } else if (controlCounts) {
                controlled = true;
                counted.add(in);
            }
        }
        return new Held(held, controlled, counted);
    }

    private record Held(double share, boolean controlled, List<Holding> counted) {
    }

    private boolean meetsThreshold(Regime regime, LocalDate asOf, double held) {
        if (regime == Regime.EU && asOf.isBefore(euInclusiveFrom)) {
            return held > 50;
        }
        return held >= 50;
    }

    private Designation explain(OwnershipNetwork network, Regime regime, LocalDate asOf, String id,
            Map<String, Reason> reasons, boolean possibly) {
        var reason = reasons.get(id);
        if (reason == Reason.LISTED) {
            return new Designation(network.party(id), regime, asOf, Designation.Basis.LISTED, false, 100, 100,
                    network.listingsOf(id), List.of());
        }
        var contributions = reason.counted().stream()
                .map(h -> contribution(network, h, reasons, reason.designatedParty()))
                .toList();
        return new Designation(network.party(id), regime, asOf, Designation.Basis.DERIVED, possibly,
                sum(contributions, Designation.Contribution::shareMin),
                sum(contributions, Designation.Contribution::shareMax), List.of(), contributions);
    }

    private List<Designation.Contribution> contributionsFromDesignated(OwnershipNetwork network, Regime regime,
            String partyId, Map<String, Reason> reasons) {
        return network.holdingsInto(partyId).stream()
                .filter(h -> reasons.containsKey(h.ownerId()))
                .filter(h -> h.isEquity() || regime.controlDesignates())
                .map(h -> contribution(network, h, reasons, null))
                .toList();
    }

    private Designation.Contribution contribution(OwnershipNetwork network, Holding holding,
            Map<String, Reason> reasons, String designatedParty) {
        var owner = holding.ownerId();
        var ownerBasis = reasons.get(owner) == Reason.LISTED ? Designation.Basis.LISTED : Designation.Basis.DERIVED;
        return new Designation.Contribution(network.party(owner), ownerBasis, holding.kind(), holding.share(),
                holding.isEquity() ? holding.shareMin() : 0, holding.isEquity() ? holding.shareMax() : 0,
                network.party(designatedParty != null ? designatedParty : owner),
                pathFromListed(network, holding, reasons), holding.source());
    }

    /** The chain of strongest reasons from a listed party down through {@code last}. */
    private static List<EffectiveOwnership.Hop> pathFromListed(OwnershipNetwork network, Holding last,
            Map<String, Reason> reasons) {
        var hops = new ArrayList<EffectiveOwnership.Hop>();
        var seen = new HashSet<String>();
        var holding = last;
        while (holding != null && seen.add(holding.ownedId())) {
            hops.addFirst(new EffectiveOwnership.Hop(network.party(holding.ownerId()),
                    network.party(holding.ownedId()), holding));
            var reason = reasons.get(holding.ownerId());
            holding = reason == null || reason == Reason.LISTED ? null : reason.strongest();
        }
        return hops;
    }

    private static double sum(List<Designation.Contribution> contributions,
            ToDoubleFunction<Designation.Contribution> share) {
        return Math.min(100, contributions.stream().mapToDouble(share).sum());
    }

    /** Listed, or the holdings of designated parties that made the rule hold. */
    private record Reason(String designatedParty, List<Holding> counted) {

        static final Reason LISTED = new Reason(null, List.of());

        Holding strongest() {
            return counted.stream().max((a, b) -> Double.compare(a.shareMax(), b.shareMax())).orElse(null);
        }

        double heldBy(ToDoubleFunction<Holding> share) {
            return counted.stream().filter(Holding::isEquity).mapToDouble(share).sum();
        }
    }
}
