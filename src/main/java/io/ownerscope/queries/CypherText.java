package io.ownerscope.queries;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a query file's Cypher uses, read from its text: the parameters it refers to and any variable-length
 * pattern without an upper bound. Comments and string literals are blanked out first, so that a {@code $name} or
 * {@code *} in them does not count.
 */
final class CypherText {

    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern LIMIT_MAX_ROWS = Pattern.compile("(?i)\\bLIMIT\\s+\\$maxRows\\b");
    /** {@code [*]}, {@code [:OWNS*]}, {@code [*1..]}, {@code [r:OWNS*2..]}; bounded forms end in a number. */
    private static final Pattern UNBOUNDED_VARIABLE_LENGTH =
            Pattern.compile("\\[[^\\[\\]]*\\*\\s*(\\d*\\s*\\.\\.\\s*)?\\]");
    /** Quantified path patterns without a maximum: {@code {1,}}, {@code ]->+}, {@code ]-*}. */
    private static final Pattern UNBOUNDED_QUANTIFIER = Pattern.compile("\\{\\s*\\d*\\s*,\\s*}|]\\s*-\\s*>?\\s*[+*]");

    private final String code;

    private CypherText(String code) {
        this.code = code;
    }

    static CypherText of(String text) {
        return new CypherText(blankCommentsAndStrings(text));
    }

    /** The parameters the query refers to ({@code $name}), in name order. */
    Set<String> parameters() {
        var names = new TreeSet<String>();
        var matcher = PARAMETER.matcher(code);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    boolean limitsToMaxRows() {
        return LIMIT_MAX_ROWS.matcher(code).find();
    }

    /**
     * The columns of the last {@code RETURN}: each item's alias, or the item itself. Read from the text, for the
     * documentation; the catalog takes the columns from Neo4j's plan.
     */
    java.util.List<String> returnColumns() {
        var matcher = Pattern.compile("(?i)\\bRETURN\\b").matcher(code);
        int start = -1;
        while (matcher.find()) {
            start = matcher.end();
        }
        if (start < 0) {
            return java.util.List.of();
        }
        var end = Pattern.compile("(?i)\\b(ORDER\\s+BY|SKIP|LIMIT|UNION)\\b").matcher(code);
        var items = code.substring(start, end.find(start) ? end.start() : code.length());
        var columns = new java.util.ArrayList<String>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i <= items.length(); i++) {
            char c = i < items.length() ? items.charAt(i) : ',';
            if ("([{".indexOf(c) >= 0) {
                depth++;
            } else if (")]}".indexOf(c) >= 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                var item = items.substring(from, i).strip().replaceAll("\\s+", " ");
                var alias = Pattern.compile("(?i)\\bAS\\s+(\\w+)$").matcher(item);
                columns.add(alias.find() ? alias.group(1) : item.replaceFirst("(?i)^DISTINCT\\s+", ""));
                from = i + 1;
            }
        }
        return java.util.List.copyOf(columns);
    }

    /** The first variable-length pattern that has no upper bound, as written. */
    Optional<String> unboundedPattern() {
        for (var pattern : new Pattern[] {UNBOUNDED_VARIABLE_LENGTH, UNBOUNDED_QUANTIFIER}) {
            var matcher = pattern.matcher(code);
            if (matcher.find()) {
                return Optional.of(matcher.group().replaceAll("\\s+", " "));
            }
        }
        return Optional.empty();
    }

    /** The text with comments and the contents of string literals replaced by spaces (line breaks kept). */
    static String blankCommentsAndStrings(String text) {
        var out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                blank(text, i, end, out);
                i = end;
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != c) {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, text.length());
                out.append(c);
                blank(text, i + 1, Math.max(i + 1, end - 1), out);
                if (end - 1 > i) {
                    out.append(c);
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(String text, int from, int to, StringBuilder out) {
        for (int j = from; j < to; j++) {
            out.append(text.charAt(j) == '\n' ? '\n' : ' ');
        }
    }
}
