package io.ownerscope.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The keys a store indexes a name under, so that one look-up of a query's keys reaches every candidate worth
 * scoring. Keys come from the same normalization the matcher uses (transliterated, legal form removed, each word
 * reduced to its skeleton), so Иванов, Ivanov and Iwanow share them.
 *
 * @param name the skeletons of all words, sorted and joined by spaces: equal for the same words in any order
 * @param tokens the distinct skeletons of the words, sorted; initials left out, they reach too many names
 * @param phonetic the distinct Double Metaphone codes (primary and alternate, at most 4 letters) of the words'
 *        skeletons, sorted; numbers and initials left out. Vektor and Vector, Mohamed and Muhammad share them
 * @param consonants the distinct consonant skeletons of the words, sorted, numbers and initials left out: names
 *        transliterated from Arabic or Hebrew lack their vowels (محمد is mhmd), and meet Muhammad only here
 */
public record NameKeys(String name, List<String> tokens, List<String> phonetic, List<String> consonants) {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    public NameKeys {
        tokens = List.copyOf(tokens);
        phonetic = List.copyOf(phonetic);
        consonants = List.copyOf(consonants);
    }

    public static NameKeys of(String name, Schema schema) {
        var parsed = Parser.PARSER.parse(name, schema);
        var skeletons = parsed.tokens().stream().map(NameToken::skeleton).sorted().toList();
        var tokens = new TreeSet<String>();
        var phonetic = new TreeSet<String>();
        var consonants = new TreeSet<String>();
        for (var token : parsed.tokens()) {
            if (token.isInitial()) {
                continue;
            }
            tokens.add(token.skeleton());
            if (!token.isNumber()) {
                addCode(phonetic, METAPHONE.doubleMetaphone(token.skeleton(), false));
                addCode(phonetic, METAPHONE.doubleMetaphone(token.skeleton(), true));
                addCode(consonants, TokenSimilarity.consonants(token.skeleton()));
            }
        }
        return new NameKeys(String.join(" ", skeletons), new ArrayList<>(tokens), new ArrayList<>(phonetic),
                new ArrayList<>(consonants));
    }

    /**
     * All keys in one list, each prefixed with its kind ({@code n:}, {@code t:}, {@code p:}, {@code c:}) so they
     * can share one indexed property without a token being mistaken for a phonetic code.
     */
    public List<String> all() {
        var all = new ArrayList<String>();
        if (!name.isEmpty()) {
            all.add("n:" + name);
        }
        tokens.forEach(t -> all.add("t:" + t));
        phonetic.forEach(p -> all.add("p:" + p));
        consonants.forEach(c -> all.add("c:" + c));
        return List.copyOf(all);
    }

    private static void addCode(TreeSet<String> codes, String code) {
        if (code != null && !code.isEmpty()) {
            codes.add(code);
        }
    }

    /** DoubleMetaphone is stateless once configured; the parser holds only the shipped legal forms. */
    private static final class Parser {
        static final NameParser PARSER = new NameParser(LegalForms.shipped());
    }
}
