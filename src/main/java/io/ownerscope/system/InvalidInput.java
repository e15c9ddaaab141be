package io.ownerscope.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One refused input, said the same way by every endpoint and the command line: its name, the value sent and what
 * is allowed.
 */
public record InvalidInput(String parameter, String value, String allowed, Kind kind) {

    /** How the sentence is built: a bound or blank value ({@code must be}), a wrong type, a missing value. */
    public enum Kind { OUT_OF_RANGE, WRONG_TYPE, MISSING }

    private static final int SHOWN = 100;

    public static InvalidInput outOfRange(String parameter, Object value, String allowed) {
        return new InvalidInput(parameter, shown(value), allowed, Kind.OUT_OF_RANGE);
    }

    public static InvalidInput wrongType(String parameter, Object value, String expected) {
        return new InvalidInput(parameter, shown(value), expected, Kind.WRONG_TYPE);
    }

    private static String shown(Object value) {
        if (value == null) {
            return null;
        }
        if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            return java.math.BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        var text = value instanceof Object[] array ? String.join(",", java.util.Arrays.stream(array)
                .map(String::valueOf).toList()) : String.valueOf(value);
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }

    static InvalidInput missing(String parameter) {
        return new InvalidInput(parameter, null, "required", Kind.MISSING);
    }

    /** {@code threshold must be between 0 and 100, was 150}; {@code asOf: expected a date as yyyy-MM-dd, was x}. */
    public String detail() {
        return switch (kind) {
            case MISSING -> parameter + " is required";
            case WRONG_TYPE -> parameter + ": expected " + allowed + ", was " + value;
            case OUT_OF_RANGE -> "not blank".equals(allowed)
                    ? parameter + " must not be blank"
                    : parameter + " must be " + allowed + ", was " + value;
        };
    }

    Map<String, Object> member() {
        var member = new LinkedHashMap<String, Object>();
        member.put("parameter", parameter);
        if (value != null) {
            member.put("value", value);
        }
        member.put("allowed", allowed);
        return member;
    }

    static String details(List<InvalidInput> inputs) {
        return String.join("; ", inputs.stream().map(InvalidInput::detail).sorted().toList());
    }
}
