package io.ownerscope.ownership;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Which sanction authorities designate under each regime (OFAC, EU, UK), as configured in
 * {@code ownerscope.ownership.authorities.*}: the face other analyses use to read listings the way the ownership rules
 * do.
 */
@Component
public class RegimeAuthorities {

    private final OwnershipSettings settings;

    RegimeAuthorities(OwnershipSettings settings) {
        this.settings = settings;
    }

    /** The regimes, by name. */
    public List<String> regimes() {
        return Arrays.stream(Regime.values()).map(Enum::name).toList();
    }

    /**
     * The authorities whose listings designate under {@code regime} (any case).
     *
     * @throws IllegalArgumentException for an unknown regime, with a message that names the known ones
     */
    public List<String> of(String regime) {
        var parsed = Regime.parse(regime);
        return settings.authoritiesOf(parsed);
    }

    /** The canonical name of {@code regime} ({@code ofac} → {@code OFAC}); unknown ones as in {@link #of}. */
    public String canonical(String regime) {
        return Regime.parse(regime).name();
    }
}
