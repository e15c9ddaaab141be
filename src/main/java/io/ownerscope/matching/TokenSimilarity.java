package io.ownerscope.matching;

import java.util.regex.Pattern;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How alike two words are, in [0, 1], on their skeletons. Jaro-Winkler alone rates short words that share their
 * first letters highly, so it is averaged with the Levenshtein ratio, which counts every edit.
 */
final class TokenSimilarity {

    /** An initial stands for a word that starts with it; not a certainty, so a little below an equal word. */
    static final double INITIAL = 0.9;

    /** Consonants alike in a vowel-less script are good evidence, not proof: Ali and Ela share only l. */
    static final double CONSONANTS_CAP = 0.9;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
    private static final Pattern VOWELS = Pattern.compile("[aeiou]");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");

    private TokenSimilarity() {
    }

    /**
     * @param initials whether a single letter may stand for a word (person names)
     * @param withoutVowels whether either word was transliterated from a script that leaves vowels out
     */
    static double of(NameToken a, NameToken b, boolean initials, boolean withoutVowels) {
        if (a.skeleton().equals(b.skeleton())) {
            return 1.0;
        }
        if (a.isNumber() || b.isNumber()) {
            return 0.0;
        }
        if (a.isInitial() || b.isInitial()) {
            var initial = a.isInitial() ? a : b;
            var word = a.isInitial() ? b : a;
            return initials && word.skeleton().charAt(0) == initial.skeleton().charAt(0) ? INITIAL : 0.0;
        }
        var similarity = of(a.skeleton(), b.skeleton());
        if (withoutVowels) {
            var consonantsA = consonants(a.skeleton());
            var consonantsB = consonants(b.skeleton());
            if (!consonantsA.isEmpty() && !consonantsB.isEmpty()) {
                similarity = Math.max(similarity, CONSONANTS_CAP * of(consonantsA, consonantsB));
            }
        }
        return similarity;
    }

    /** The similarity of two strings: the mean of Jaro-Winkler and the Levenshtein ratio. */
    static double of(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int longer = Math.max(a.length(), b.length());
        double ratio = 1.0 - (double) LEVENSHTEIN.apply(a, b) / longer;
        return (JARO_WINKLER.apply(a, b) + ratio) / 2;
    }

    /** The consonants of a skeleton, doubled letters once: mohamed and mhmd both give mhmd. */
    static String consonants(String skeleton) {
        return DOUBLED.matcher(VOWELS.matcher(skeleton).replaceAll("")).replaceAll("$1");
    }
}
