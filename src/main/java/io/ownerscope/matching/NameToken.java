package io.ownerscope.matching;

/**
 * One word of a name after normalization.
 *
 * @param latin the word in lower-case Latin ASCII, as transliterated
 * @param skeleton the word reduced for comparison ({@link Skeleton})
 */
record NameToken(String latin, String skeleton) {

    static NameToken of(String latin) {
        return new NameToken(latin, Skeleton.of(latin));
    }

    boolean isNumber() {
        return latin.chars().anyMatch(Character::isDigit);
    }

    /** A number or a single letter: "Radiokomplekt-M" is not "Radiokomplekt-2", so these must agree exactly. */
    boolean isDistinctive() {
        return isNumber() || latin.length() == 1;
    }

    boolean isInitial() {
        return latin.length() == 1 && !isNumber();
    }
}
