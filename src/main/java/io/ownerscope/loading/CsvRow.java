package io.ownerscope.loading;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** One record of a canonical file, with typed, validated access to its cells; bad cells reject the row. */
public final class CsvRow {

    private static final Set<String> COUNTRIES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));

    private final String file;
    private final long line;
    private final CSVRecord record;

    public CsvRow(String file, long line, CSVRecord record) {
        this.file = file;
        this.line = line;
        this.record = record;
    }

    String file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** The cell, trimmed; null when the column is absent or the cell empty. */
    String text(String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        var value = record.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    String required(String column) {
        var value = text(column);
        if (value == null) {
            throw new RowRejectedException("missing " + column);
        }
        return value;
    }

    List<String> list(String column) {
        var value = text(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    LocalDate date(String column) {
        var value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RowRejectedException(column + " '" + value + "' is not an ISO-8601 date (yyyy-MM-dd)");
        }
    }

    String country(String column) {
        var value = text(column);
        if (value == null) {
            return null;
        }
        var code = value.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new RowRejectedException(column + " '" + value + "' is not an ISO-3166 alpha-2 country code");
        }
        return code;
    }

    Double number(String column) {
        var value = text(column);
        if (value == null) {
            return null;
        }
        try {
            var number = new BigDecimal(value).doubleValue();
            if (number < 0) {
                throw new RowRejectedException(column + " '" + value + "' is negative");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new RowRejectedException(column + " '" + value + "' is not a number");
        }
    }

    /** A share in percent, 0 to 100. */
    Double percent(String column) {
        var value = number(column);
        if (value != null && value > 100) {
            throw new RowRejectedException(column + " " + text(column) + " is outside 0–100");
        }
        return value;
    }

    String raw() {
        return CSVFormat.RFC4180.format((Object[]) record.values());
    }

    public Reject reject(String reason) {
        return new Reject(file, line, reason, raw());
    }
}
