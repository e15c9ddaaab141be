package io.ownerscope.queries;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The type of a saved query's parameter: {@code string}, {@code int}, {@code float}, {@code bool}, {@code date} or
 * {@code list<T>} of one of those ({@code list} alone is {@code list<string>}). Converts what a caller sends (JSON
 * values, or text from a URL or the command line) to the Java value the driver sends to Neo4j, or says why not.
 *
 * @param kind the scalar kind, or {@link Kind#LIST}
 * @param element the kind of a list's elements; {@code null} for scalars
 */
record ParameterType(Kind kind, Kind element) {

    static final int MAX_TEXT_LENGTH = 1_000;
    static final int MAX_LIST_SIZE = 1_000;

    enum Kind {
        STRING, INT, FLOAT, BOOL, DATE, COUNTRY, TIER, LIST;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** What a value of this kind looks like, as a refusal says it. */
        String expected() {
            return switch (this) {
                case STRING -> "text";
                case INT -> "a whole number";
                case FLOAT -> "a number";
                case BOOL -> "true or false";
                case DATE -> "a date as yyyy-MM-dd";
                case COUNTRY -> "an ISO-3166 alpha-2 country code";
                case TIER -> "a CHPL tier (" + String.join(", ", TIERS) + ")";
                case LIST -> "a list";
            };
        }
    }

    static final ParameterType STRING = new ParameterType(Kind.STRING, null);

    /** The tiers of the Common High Priority List, as shipments carry them. */
    static final List<String> TIERS = List.of("1", "2", "3.A", "3.B", "4.A", "4.B");

    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(Locale.getISOCountries());

    /** A value that is not of the parameter's type: says what was expected and what came. */
    static final class WrongValue extends IllegalArgumentException {
        private final String expected;
        private final String value;

        WrongValue(String expected, String value) {
            super("expected " + expected + ", was " + value);
            this.expected = expected;
            this.value = value;
        }

        String expected() {
            return expected;
        }

        String value() {
            return value;
        }
    }

    /** {@code date}, {@code list<string>}, ...; {@code null} when the text names no type. */
    static ParameterType parse(String text) {
        var matcher = java.util.regex.Pattern.compile("list(?:<(\\w+)>)?|(\\w+)").matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        if (matcher.group(2) != null) {
            var scalar = scalar(matcher.group(2));
            return scalar == null ? null : new ParameterType(scalar, null);
        }
        if (matcher.group(1) == null) {
            return new ParameterType(Kind.LIST, Kind.STRING);
        }
        var element = scalar(matcher.group(1));
        return element == null ? null : new ParameterType(Kind.LIST, element);
    }

    private static Kind scalar(String name) {
        for (var kind : Kind.values()) {
            if (kind != Kind.LIST && kind.label().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    boolean isList() {
        return kind == Kind.LIST;
    }

    @Override
    public String toString() {
        return isList() ? "list<" + element.label() + ">" : kind.label();
    }

    /** A value from a JSON body: a string, number, boolean or array, as Jackson reads it. */
    Object fromJson(Object value) {
        if (!isList()) {
            return scalarFromJson(kind, value);
        }
        if (value instanceof String text) {
            return fromText(List.of(text));
        }
        if (!(value instanceof List<?> items)) {
            return List.of(scalarFromJson(element, value));
        }
        checkSize(items.size());
        var converted = new ArrayList<>(items.size());
        for (var item : items) {
            if (item == null) {
                throw new IllegalArgumentException("a list element is null");
            }
            converted.add(scalarFromJson(element, item));
        }
        return List.copyOf(converted);
    }

    /**
     * Values given as text (URL query or command line). A list takes each value, and each value is split on
     * commas; a scalar takes exactly one value.
     */
    Object fromText(List<String> values) {
        if (!isList()) {
            if (values.size() != 1) {
                throw new IllegalArgumentException("takes one value, got " + values.size());
            }
            return scalarFromText(kind, values.getFirst());
        }
        var converted = new ArrayList<>();
        for (var value : values) {
            for (var item : value.split(",")) {
                if (!item.isBlank()) {
                    converted.add(scalarFromText(element, item.strip()));
                }
            }
        }
        checkSize(converted.size());
        return List.copyOf(converted);
    }

    /** A default written in a query file's header: text, or {@code [a, b, c]} for a list. */
    Object fromHeader(String text) {
        if (!isList()) {
            return scalarFromText(kind, unquote(text.strip()));
        }
        var trimmed = text.strip();
        if (!trimmed.startsWith("[") || !trimmed.endsWith("]")) {
            throw new IllegalArgumentException("a list default is written [a, b, c]");
        }
        var inner = trimmed.substring(1, trimmed.length() - 1).strip();
        if (inner.isEmpty()) {
            return List.of();
        }
        var converted = new ArrayList<>();
        for (var item : inner.split(",")) {
            converted.add(scalarFromText(element, unquote(item.strip())));
        }
        return List.copyOf(converted);
    }

    /** A value of this type for planning (EXPLAIN) a query whose parameter has no default. */
    Object sample() {
        return isList() ? List.of(sampleOf(element)) : sampleOf(kind);
    }

    private static Object sampleOf(Kind kind) {
        return switch (kind) {
            case STRING -> "sample";
            case INT -> 1L;
            case FLOAT -> 1.0;
            case BOOL -> Boolean.TRUE;
            case DATE -> LocalDate.of(2022, 2, 24);
            case COUNTRY -> "KZ";
            case TIER -> "1";
            case LIST -> throw new IllegalStateException("no nested lists");
        };
    }

    private static Object scalarFromJson(Kind kind, Object value) {
        if (value instanceof String text) {
            return kind == Kind.STRING ? checkLength(text) : scalarFromText(kind, text);
        }
        if (kind == Kind.TIER && value instanceof Number number) {
            return scalarFromText(kind, number.toString());
        }
        return switch (kind) {
            case STRING, COUNTRY, TIER -> throw new WrongValue(kind.expected(), describe(value));
            case INT -> {
                if (value instanceof Integer || value instanceof Long || value instanceof Short) {
                    yield ((Number) value).longValue();
                }
                if (value instanceof java.math.BigInteger big && big.bitLength() < 64) {
                    yield big.longValue();
                }
                throw new WrongValue(kind.expected(), describe(value));
            }
            case FLOAT -> {
                if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
                    yield number.doubleValue();
                }
                throw new WrongValue(kind.expected(), describe(value));
            }
            case BOOL -> {
                if (value instanceof Boolean bool) {
                    yield bool;
                }
                throw new WrongValue(kind.expected(), describe(value));
            }
            case DATE -> throw new WrongValue(kind.expected(), describe(value));
            case LIST -> throw new IllegalStateException("no nested lists");
        };
    }

    private static Object scalarFromText(Kind kind, String text) {
        return switch (kind) {
            case STRING -> checkLength(text);
            case INT -> {
                try {
                    yield Long.parseLong(text.strip());
                } catch (NumberFormatException e) {
                    throw new WrongValue(kind.expected(), shorten(text));
                }
            }
            case FLOAT -> {
                try {
                    var number = Double.parseDouble(text.strip());
                    if (!Double.isFinite(number) || !text.strip().matches("[-+]?[\\d.]+([eE][-+]?\\d+)?")) {
                        throw new NumberFormatException();
                    }
                    yield number;
                } catch (NumberFormatException e) {
                    throw new WrongValue(kind.expected(), shorten(text));
                }
            }
            case BOOL -> switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new WrongValue(kind.expected(), shorten(text));
            };
            case DATE -> {
                try {
                    yield LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    throw new WrongValue(kind.expected(), shorten(text));
                }
            }
            case COUNTRY -> {
                var code = text.strip().toUpperCase(Locale.ROOT);
                if (!COUNTRIES.contains(code)) {
                    throw new WrongValue(kind.expected(), shorten(text));
                }
                yield code;
            }
            case TIER -> {
                var tier = text.strip().toUpperCase(Locale.ROOT);
                if (!TIERS.contains(tier)) {
                    throw new WrongValue(kind.expected(), shorten(text));
                }
                yield tier;
            }
            case LIST -> throw new IllegalStateException("no nested lists");
        };
    }

    private static String checkLength(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        return text;
    }

    private static void checkSize(int size) {
        if (size > MAX_LIST_SIZE) {
            throw new IllegalArgumentException("has more than " + MAX_LIST_SIZE + " elements");
        }
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static String describe(Object value) {
        return switch (value) {
            case null -> "null";
            case List<?> list -> "a list";
            case java.util.Map<?, ?> map -> "an object";
            case Boolean bool -> bool.toString();
            case Number number -> number.toString();
            default -> value.getClass().getSimpleName();
        };
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
