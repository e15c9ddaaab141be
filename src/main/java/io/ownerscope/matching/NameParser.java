package io.ownerscope.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** Splits a name into the words to compare and the legal form it states. */
final class NameParser {

    private static final String OPENING_QUOTES = "«„“\"‹「";
    private static final String CLOSING_QUOTES = "»“”\"›」";

    private final LegalForms legalForms;

    NameParser(LegalForms legalForms) {
        this.legalForms = legalForms;
    }

    /**
     * Transliterating and parsing a name is most of a comparison's cost, and screening meets the same candidate
     * names again and again: parsed names are kept, the least used let go first.
     */
    private final Cache<CacheKey, ParsedName> parsed =
            Caffeine.newBuilder().maximumSize(200_000).build();

    private record CacheKey(String name, boolean legalForms) {
    }

    ParsedName parse(String name, Schema schema) {
        return parsed.get(new CacheKey(name, schema.hasLegalForms()), key -> parseNow(name, schema));
    }

    private ParsedName parseNow(String name, Schema schema) {
        var withoutVowels = NameNormalizer.writtenWithoutVowels(name);
        var tokens = NameNormalizer.tokens(name);
        if (!schema.hasLegalForms()) {
            return new ParsedName(name, tokens, null, withoutVowels);
        }
        var forms = new ArrayList<List<NameToken>>();
        var quoted = quotedName(name, forms);
        var rest = quoted != null ? quoted : tokens;
        int start = legalForms.formAtStart(rest);
        if (start > 0) {
            forms.add(rest.subList(0, start));
            rest = rest.subList(start, rest.size());
        }
        int end = legalForms.formAtEnd(rest);
        if (end > 0 && end < rest.size()) {
            forms.add(rest.subList(rest.size() - end, rest.size()));
            rest = rest.subList(0, rest.size() - end);
        }
        if (rest.isEmpty()) {
            // a name that is nothing but a form ("LLC") is still a name
            return new ParsedName(name, tokens, null, withoutVowels);
        }
        return new ParsedName(name, rest, legalForm(forms), withoutVowels);
    }

    /**
     * The quoted part of a name when what stands outside the quotes states a legal form: in
     * «Общество с ограниченной ответственностью «Вектор Комплект»», the name is Вектор Комплект. Null otherwise.
     */
    private List<NameToken> quotedName(String name, List<List<NameToken>> forms) {
        int open = firstIndexOf(name, OPENING_QUOTES);
        int close = lastIndexOf(name, CLOSING_QUOTES);
        if (open < 0 || close <= open) {
            return null;
        }
        var outside = NameNormalizer.tokens(name.substring(0, open) + " " + name.substring(close + 1));
        var inside = NameNormalizer.tokens(name.substring(open + 1, close));
        if (outside.isEmpty() || inside.isEmpty() || !legalForms.containsForm(outside)) {
            return null;
        }
        forms.add(outside);
        return inside;
    }

    /** The first form that is one of the table's, whole; when several were stripped, the first recognized. */
    private LegalForm legalForm(List<List<NameToken>> forms) {
        for (var form : forms) {
            var written = form.stream().map(NameToken::latin).collect(Collectors.joining(" "));
            var type = legalForms.typeOf(form);
            if (type == null) {
                type = typeWithin(form);
            }
            if (type != null) {
                return new LegalForm(type, written);
            }
        }
        return null;
    }

    /** The type of the longest form inside words that hold more than the form (text outside quotes). */
    private String typeWithin(List<NameToken> words) {
        for (int from = 0; from < words.size(); from++) {
            int n = legalForms.formAtStart(words.subList(from, words.size()));
            if (n > 0) {
                return legalForms.typeOf(words.subList(from, from + n));
            }
        }
        return null;
    }

    private static int firstIndexOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(String text, String characters) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
