package io.ownerscope.matching;

/**
 * What kind of party a record describes, in FollowTheMoney's words: a legal entity is either a person or an
 * organization, and a company is an organization. Names are compared by the rules of the kind: persons have
 * optional middle names and initials, organizations have legal forms.
 */
public enum Schema {
    LEGAL_ENTITY, PERSON, ORGANIZATION, COMPANY;

    public boolean isPerson() {
        return this == PERSON;
    }

    /** Whether a record of this kind can be the same party as one of the other: neither rules the other out. */
    public boolean canMatch(Schema other) {
        if (this == LEGAL_ENTITY || other == LEGAL_ENTITY) {
            return true;
        }
        return isPerson() == other.isPerson();
    }

    /** Names of the kind may carry a legal form: anything that is not known to be a person. */
    boolean hasLegalForms() {
        return !isPerson();
    }
}
