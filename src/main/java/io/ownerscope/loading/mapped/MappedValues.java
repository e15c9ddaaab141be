package io.ownerscope.loading.mapped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.ownerscope.loading.RowRejectedException;

/**
 * How the cells of a mapped CSV become typed values: dates in the mapping's format, numbers with either decimal
 * separator, countries by code or name, HS codes with or without dots. A cell that does not fit rejects its row with
 * a reason that names the value and what was expected.
 */
final class MappedValues {

    private static final Map<String, String> COUNTRIES = countries();
    private static final Pattern HS_CODE = Pattern.compile("\\d{6,10}");
    private static final Pattern GROUPING = Pattern.compile("[\\s\u00a0\u202f']");
    private static final Map<Character, String> STRPTIME = Map.ofEntries(Map.entry('Y', "yyyy"),
            Map.entry('y', "yy"), Map.entry('m', "MM"), Map.entry('d', "dd"), Map.entry('b', "MMM"),
            Map.entry('B', "MMMM"), Map.entry('H', "HH"), Map.entry('M', "mm"), Map.entry('S', "ss"));

    private MappedValues() {
    }

    /** Trimmed, inner runs of white space made one space; null when nothing is left. */
    static String text(String cell) {
        if (cell == null) {
            return null;
        }
        var text = cell.replaceAll("[\\s\u00a0\u202f]+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * A parser for a date pattern: Java's ({@code dd.MM.yyyy}) or strptime's as in FollowTheMoney mappings
     * ({@code %d.%m.%Y}). Dates are checked strictly: 31.02.2024 is refused, not moved to March.
     *
     * @throws IllegalArgumentException when the pattern is not one
     */
    static DateTimeFormatter dateFormatter(String pattern) {
        var java = pattern.contains("%") ? fromStrptime(pattern) : pattern;
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(java)
                .parseDefaulting(ChronoField.ERA, 1).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    private static String fromStrptime(String pattern) {
        var java = new StringBuilder();
        var literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) != '%') {
                var field = STRPTIME.get(pattern.charAt(i + 1));
                if (field == null) {
                    throw new IllegalArgumentException("%" + pattern.charAt(i + 1) + " is not a supported directive;"
                            + " use %Y %y %m %d %b %B %H %M %S");
                }
                appendLiteral(java, literal);
                java.append(field);
                i++;
            } else {
                literal.append(c);
                if (c == '%') {
                    i++;
                }
            }
        }
        appendLiteral(java, literal);
        return java.toString();
    }

    private static void appendLiteral(StringBuilder java, StringBuilder literal) {
        if (!literal.isEmpty()) {
            java.append('\'').append(literal.toString().replace("'", "''")).append('\'');
            literal.setLength(0);
        }
    }

    static LocalDate date(String value, Mapping.ValueSource source) {
        if (source.dateFormatter() == null) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new RowRejectedException(describe(source, value) + " is not an ISO-8601 date (yyyy-MM-dd)");
            }
        }
        try {
            return source.dateFormatter().parse(value, LocalDate::from);
        } catch (DateTimeParseException e) {
            throw new RowRejectedException(describe(source, value) + " is not a date in the format "
                    + source.dateFormat());
        }
    }

    /**
     * A non-negative number; grouping spaces and apostrophes and a trailing percent sign are dropped, and the
     * separator that is not the decimal one is taken for grouping.
     */
    static double number(String value, Mapping.ValueSource source) {
        var digits = GROUPING.matcher(value).replaceAll("").replaceFirst("%$", "");
        digits = source.decimal() == ',' ? digits.replace(".", "").replace(',', '.') : digits.replace(",", "");
        try {
            var number = new BigDecimal(digits).doubleValue();
            if (number < 0) {
                throw new RowRejectedException(describe(source, value) + " is negative");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new RowRejectedException(describe(source, value) + " is not a number"
                    + (source.decimal() == ',' ? " (decimal comma)" : ""));
        }
    }

    /** An ISO-3166 alpha-2 code, from an alpha-2 or alpha-3 code or an English or Russian country name. */
    static String country(String value, Mapping.ValueSource source) {
        var code = COUNTRIES.get(value.strip().toUpperCase(Locale.ROOT));
        if (code == null) {
            throw new RowRejectedException(describe(source, value) + " is not a known country (ISO-3166 code or name)");
        }
        return code;
    }

    /** The digits of an HS code: 6 to 10 of them once dots and spaces are dropped. */
    static String hsCode(String value, Mapping.ValueSource source) {
        var digits = value.replace(".", "").replace(" ", "");
        if (!HS_CODE.matcher(digits).matches()) {
            throw new RowRejectedException(describe(source, value) + " is not an HS code of 6 to 10 digits");
        }
        return digits;
    }

    /** "column 'Дата' value '31.02.2024'" or, for a literal, "literal value 'X' of entities.c.properties.p". */
    static String describe(Mapping.ValueSource source, String value) {
        return (source.columns().isEmpty() ? "literal of " + source.path() : "column '"
                + String.join("'/'", source.columns()) + "'") + " value '" + value + "'";
    }

    private static Map<String, String> countries() {
        var countries = new HashMap<String, String>();
        var russian = Locale.forLanguageTag("ru");
        for (var code : Locale.getISOCountries()) {
            var locale = new Locale.Builder().setRegion(code).build();
            countries.put(locale.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT), code);
            countries.put(locale.getDisplayCountry(russian).toUpperCase(Locale.ROOT), code);
            countries.put(locale.getISO3Country(), code);
        }
        for (var code : Locale.getISOCountries()) {
            countries.put(code, code);
        }
        return Map.copyOf(countries);
    }
}
