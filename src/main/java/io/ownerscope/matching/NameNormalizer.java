package io.ownerscope.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.ibm.icu.lang.UCharacter;

/**
 * Turns a name as written, in any script, into comparable words: Unicode NFKC (full-width and ligature forms to
 * their plain letters), full case folding, transliteration to Latin ASCII, then punctuation and quotes dropped.
 */
final class NameNormalizer {

    /** Marks written inside a word (the soft and hard signs' primes, apostrophes, the ayn): no word break. */
    private static final Pattern IN_WORD_MARKS = Pattern.compile("['`´ʹʺʻʼʽʾʿˈˌ\u2018\u2019]");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ABJAD = Pattern.compile("[\\p{IsArabic}\\p{IsHebrew}\\p{IsSyriac}]");

    private NameNormalizer() {
    }

    /** The words of a name, in order, in lower-case Latin ASCII; none for a blank name. */
    static List<String> words(String name) {
        var folded = UCharacter.foldCase(Normalizer.normalize(name, Normalizer.Form.NFKC), true);
        var latin = Transliteration.toLatin(folded);
        latin = IN_WORD_MARKS.matcher(latin).replaceAll("");
        latin = NOT_ALPHANUMERIC.matcher(latin).replaceAll(" ").strip();
        return latin.isEmpty() ? List.of() : Arrays.asList(latin.split(" "));
    }

    static List<NameToken> tokens(String name) {
        return words(name).stream().map(NameToken::of).toList();
    }

    /** Arabic and Hebrew write few vowels, so their transliterations are compared on consonants as well. */
    static boolean writtenWithoutVowels(String name) {
        return ABJAD.matcher(name).find();
    }
}
