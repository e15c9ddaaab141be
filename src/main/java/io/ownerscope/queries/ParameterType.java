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
        STRING, INT, FLOAT, BOOL, DATE, LIST;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final ParameterType STRING = new ParameterType(Kind.STRING, null);

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
            case LIST -> throw new IllegalStateException("no nested lists");
        };
    }

    private static Object scalarFromJson(Kind kind, Object value) {
        if (value instanceof String text) {
            return kind == Kind.STRING ? checkLength(text) : scalarFromText(kind, text);
        }
        return switch (kind) {
            case STRING -> throw new IllegalArgumentException("expected a string, got " + describe(value));
            case INT -> {
                if (value instanceof Integer || value instanceof Long || value instanceof Short) {
                    yield ((Number) value).longValue();
                }
                if (value instanceof java.math.BigInteger big && big.bitLength() < 64) {
                    yield big.longValue();
                }
                throw new IllegalArgumentException("expected an integer, got " + describe(value));
            }
            case FLOAT -> {
                if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
                    yield number.doubleValue();
                }
                throw new IllegalArgumentException("expected a number, got " + describe(value));
            }
            case BOOL -> {
                if (value instanceof Boolean bool) {
                    yield bool;
                }
                throw new IllegalArgumentException("expected true or false, got " + describe(value));
            }
            case DATE -> throw new IllegalArgumentException("expected a date (yyyy-MM-dd), got " + describe(value));
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
                    throw new IllegalArgumentException("'" + shorten(text) + "' is not an integer");
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
                    throw new IllegalArgumentException("'" + shorten(text) + "' is not a number");
                }
            }
            case BOOL -> switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("'" + shorten(text) + "' is not true or false");
            };
            case DATE -> {
                try {
                    yield LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + shorten(text) + "' is not an ISO-8601 date (yyyy-MM-dd)");
                }
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
