package io.ownerscope.system;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/** What a parameter's type expects, and why a request body could not be read, in words a client can act on. */
public final class Types {

    private Types() {
    }

    public static String expected(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type == LocalDate.class) {
            return "a date as yyyy-MM-dd";
        }
        if (type == OffsetDateTime.class) {
            return "a date and time as yyyy-MM-ddTHH:mm:ssZ";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return "a " + type.getSimpleName();
    }

    static String unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException parse) {
                return "the request body is not valid JSON: " + shortReason(parse) + at(parse);
            }
            if (cause instanceof JacksonException mapping) {
                var path = mapping.getPathReference();
                return "the request body does not match what is expected: " + shortReason(mapping)
                        + (path == null || path.isBlank() ? "" : " (at " + fieldPath(mapping) + ")") + at(mapping);
            }
        }
        return "the request body is required and must be JSON";
    }

    private static String shortReason(JacksonException e) {
        var message = String.valueOf(e.getOriginalMessage());
        var end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String fieldPath(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String at(JacksonException e) {
        var location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return ", line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
