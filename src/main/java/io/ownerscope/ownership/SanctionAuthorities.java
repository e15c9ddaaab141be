package io.ownerscope.ownership;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The sanctions regimes and, per regime, the authorities whose listings designate under it (as configured in
 * {@code ownerscope.ownership.authorities}): the part of the ownership rules other analyses need.
 */
@Component
public final class SanctionAuthorities {

    private final OwnershipSettings settings;

    SanctionAuthorities(OwnershipSettings settings) {
        this.settings = settings;
    }

    /** Every regime the ownership rules know, e.g. OFAC, EU, UK. */
    public List<String> regimes() {
        return Arrays.stream(Regime.values()).map(Enum::name).toList();
    }

    /**
     * The regime's canonical name (case-insensitive input).
     *
     * @throws IllegalArgumentException for an unknown regime, with a message naming the known ones
     */
    public String regime(String name) {
        return Regime.parse(name).name();
    }

    /** The authorities whose listings designate under the regime. */
    public List<String> authoritiesOf(String regime) {
        return settings.authoritiesOf(Regime.parse(regime));
    }
}
