package io.ownerscope.ownership;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The ownership-and-control rules of a sanctions authority: whether holdings of different designated persons add
 * up, the threshold, and whether control without equity designates.
 */
enum Regime {
    /** OFAC 50 Percent Rule: 50% or more in the aggregate, through blocked entities only; control alone does not block. */
    OFAC(true, false),
    /** EU: 50% or more in the aggregate (more than 50% before the July 2024 best practices), or control. */
    EU(true, true),
    /** UK (OFSI): more than 50% held by one designated person, directly or through entities it controls, or control. */
    UK(false, true);

    private final boolean aggregatesAcrossPersons;
    private final boolean controlDesignates;

    Regime(boolean aggregatesAcrossPersons, boolean controlDesignates) {
        this.aggregatesAcrossPersons = aggregatesAcrossPersons;
        this.controlDesignates = controlDesignates;
    }

    boolean aggregatesAcrossPersons() {
        return aggregatesAcrossPersons;
    }

    boolean controlDesignates() {
        return controlDesignates;
    }

    static Regime parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown regime '" + value + "'; expected one of "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
