package io.ownerscope.ownership;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Why each designated owner in a derived designation is itself designated, down to the listed parties: for an owner
 * that is derived, the owners that made it so, and theirs in turn. Each party is explained once (a cycle of holdings
 * ends there), at most {@link #MAX_DEPTH} levels down.
 */
final class DesignationCauses {

    static final int MAX_DEPTH = 8;

    private final Map<String, Designation> byParty;

    private DesignationCauses(Map<String, Designation> byParty) {
        this.byParty = byParty;
    }

    static DesignationCauses none() {
        return new DesignationCauses(Map.of());
    }

    static DesignationCauses of(DesignationRules rules, OwnershipNetwork network, Designation designation) {
        var byParty = new HashMap<String, Designation>();
        byParty.put(designation.party().id(), designation);
        collect(rules, network, designation, byParty, 1);
        byParty.remove(designation.party().id());
        return new DesignationCauses(byParty);
    }

    private static void collect(DesignationRules rules, OwnershipNetwork network, Designation designation,
            Map<String, Designation> byParty, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (var contribution : designation.contributions()) {
            var owner = contribution.owner().id();
            if (contribution.ownerBasis() == Designation.Basis.NONE || byParty.containsKey(owner)) {
                continue;
            }
            var cause = rules.designationOf(network, designation.regime(), designation.asOf(), owner);
            byParty.put(owner, cause);
            if (cause.basis() == Designation.Basis.DERIVED) {
                collect(rules, network, cause, byParty, depth + 1);
            }
        }
    }

    /** Why this owner is designated, when it was explained. */
    Optional<Designation> of(Party owner) {
        return Optional.ofNullable(byParty.get(owner.id()));
    }
}
