package io.ownerscope.matching;

/**
 * One reason a score is what it is. The score is the sum of the features' contributions, held in [0, 1], except
 * that an equal strong identifier decides alone.
 *
 * @param name what was compared: {@link #NAME}, {@link #IDENTIFIER}, ...
 * @param weight how much the feature counts; negative for evidence against
 * @param value how strongly the feature holds, in [0, 1]: the names' similarity, or 1 for a fact that agrees or
 *        disagrees
 * @param queryValue the query's value that gave it
 * @param candidateValue the candidate's value that gave it
 */
public record MatchFeature(String name, double weight, double value, String queryValue, String candidateValue) {

    /** The similarity of the best pair of names. */
    public static final String NAME = "name";
    /** Numbers or single letters of the names disagree: Radiokomplekt-M and Radiokomplekt-2. */
    public static final String NAME_CONFLICT = "name_conflict";
    /** A strong identifier of one scheme is equal on both sides: it decides. */
    public static final String IDENTIFIER = "identifier";
    /** Both sides state an identifier of one scheme and no value is equal. */
    public static final String IDENTIFIER_MISMATCH = "identifier_mismatch";
    public static final String BIRTH_DATE = "birth_date";
    public static final String BIRTH_DATE_MISMATCH = "birth_date_mismatch";
    public static final String COUNTRY = "country";
    public static final String COUNTRY_MISMATCH = "country_mismatch";
    public static final String LEGAL_FORM = "legal_form";
    public static final String LEGAL_FORM_MISMATCH = "legal_form_mismatch";
    public static final String ADDRESS = "address";
    public static final String ADDRESS_MISMATCH = "address_mismatch";
    /** A person and an organization are never one party. */
    public static final String SCHEMA_MISMATCH = "schema_mismatch";

    public double contribution() {
        return weight * value;
    }
}
