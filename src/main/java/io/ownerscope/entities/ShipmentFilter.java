package io.ownerscope.entities;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.ownerscope.system.BadRequestException;

/**
 * Which of an entity's shipments to list: a direction ({@code out}: it exported, {@code in}: it was the consignee,
 * {@code both}), optionally one counterparty, an HS code prefix and a date range, both ends included.
 */
record ShipmentFilter(String direction, String counterparty, String hs, LocalDate from, LocalDate to) {

    private static final Pattern HS_PREFIX = Pattern.compile("[0-9]{2,10}");

    static ShipmentFilter of(String direction, String counterparty, String hs, String from, String to) {
        var chosen = direction == null || direction.isBlank() ? "both" : direction.strip();
        if (!chosen.equals("in") && !chosen.equals("out") && !chosen.equals("both")) {
            throw new BadRequestException("direction: '" + direction + "' is not allowed; expected in, out or both");
        }
        if (counterparty != null && counterparty.length() > 500) {
            throw new BadRequestException("counterparty: an id of " + counterparty.length()
                    + " characters is not allowed; expected at most 500");
        }
        var prefix = blankToNull(hs);
        if (prefix != null && !HS_PREFIX.matcher(prefix).matches()) {
            throw new BadRequestException("hs: '" + hs + "' is not allowed; expected an HS code or its first digits, "
                    + "2 to 10 digits (e.g. 8542)");
        }
        var start = date("from", from);
        var end = date("to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw new BadRequestException("from: " + start + " is after to: " + end + "; expected from <= to");
        }
        return new ShipmentFilter(chosen, blankToNull(counterparty), prefix, start, end);
    }

    Map<String, Object> parameters() {
        var parameters = new HashMap<String, Object>();
        parameters.put("direction", direction);
        parameters.put("counterparty", counterparty);
        parameters.put("hs", hs);
        parameters.put("from", from);
        parameters.put("to", to);
        return parameters;
    }

    private static LocalDate date(String parameter, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(parameter + ": '" + value + "' is not allowed; expected a date yyyy-MM-dd");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
