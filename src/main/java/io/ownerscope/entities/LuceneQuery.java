package io.ownerscope.entities;

import java.util.Locale;

/**
 * Turns what a user typed into a full-text query that matches it literally: Lucene's operators and special
 * characters are escaped, so a name with quotes, dashes or "AND" is searched for, never parsed.
 */
final class LuceneQuery {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private LuceneQuery() {
    }

    static String literal(String text) {
        var escaped = new StringBuilder();
        for (char c : text.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
