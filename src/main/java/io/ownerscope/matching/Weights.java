package io.ownerscope.matching;

/**
 * How much each feature counts, in one place. The name's similarity is the base; the other features move it a
 * little when they agree (names already say most of it) and more when they disagree (a different date of birth or
 * tax number is strong evidence of two parties who share a name).
 */
final class Weights {

    static final double NAME = 1.0;
    static final double NAME_CONFLICT = -0.35;
    static final double IDENTIFIER_MISMATCH = -0.35;
    static final double BIRTH_DATE = 0.05;
    static final double BIRTH_DATE_MISMATCH = -0.3;
    static final double COUNTRY = 0.03;
    static final double COUNTRY_MISMATCH = -0.08;
    static final double LEGAL_FORM = 0.03;
    static final double LEGAL_FORM_MISMATCH = -0.04;
    static final double ADDRESS = 0.05;
    static final double ADDRESS_MISMATCH = -0.02;

    /** Two addresses this alike (as names are compared) are one address. */
    static final double SAME_ADDRESS = 0.8;

    private Weights() {
    }
}
