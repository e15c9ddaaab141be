package io.ownerscope.matching;

import java.util.List;

/**
 * A name ready to compare.
 *
 * @param written the name as given
 * @param tokens its words without the legal form
 * @param legalForm the form it states, or null
 * @param withoutVowels written in a script that leaves most vowels out (Arabic, Hebrew)
 */
record ParsedName(String written, List<NameToken> tokens, LegalForm legalForm, boolean withoutVowels) {

    ParsedName {
        tokens = List.copyOf(tokens);
    }
}
