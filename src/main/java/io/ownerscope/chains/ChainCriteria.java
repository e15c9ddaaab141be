package io.ownerscope.chains;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.ownerscope.system.BadRequestException;

/**
 * What a chain search asks for, checked: where it starts (a supplier, an intermediary, or everywhere), the filters
 * on both trade legs, the regime whose designations count, and the page.
 *
 * @param supplierId only chains from this supplier (null: any)
 * @param intermediaryId only chains through this intermediary (null: any in the intermediary countries)
 * @param intermediaryCountries countries an intermediary must be in
 * @param destinationCountries countries the consignee must be in
 * @param hsPrefixes customs-code prefixes (digits) a shipment must start with (null: any)
 * @param tiers Common High Priority List tiers a shipment must have (null: any goods)
 * @param from first shipment date (null: open)
 * @param to last shipment date (null: open)
 * @param minValue the least outbound value (USD) of a chain
 * @param regime the regime whose designations count (null: any authority, any regime)
 * @param authorities the sanction authorities of the regime (null: any)
 * @param asOf the date listings must be in force on, and links valid on
 * @param limit chains returned
 * @param offset chains skipped, for paging
 * @param shipmentsListed shipments listed per leg (all are counted, valued and scored; the rest are paged through
 *        the entity's shipments endpoint)
 * @param linksListed links to designated parties listed per chain, strongest first
 */
record ChainCriteria(String supplierId, String intermediaryId, List<String> intermediaryCountries,
        List<String> destinationCountries, List<String> hsPrefixes, List<String> tiers, LocalDate from, LocalDate to,
        double minValue, String regime, List<String> authorities, LocalDate asOf, int limit, int offset,
        int shipmentsListed, int linksListed) {

    static final Set<String> TIERS = Set.of("1", "2", "3.A", "3.B", "4.A", "4.B");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Country codes upper-cased, checked against ISO 3166 alpha-2. */
    static List<String> countries(String parameter, List<String> values) {
        var codes = new LinkedHashSet<String>();
        for (var value : split(values)) {
            var code = value.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(code)) {
                throw new BadRequestException(parameter + ": '" + value + "' is not an ISO 3166 alpha-2 country code");
            }
            codes.add(code);
        }
        if (codes.isEmpty()) {
            throw new BadRequestException(parameter + ": give at least one country code");
        }
        return List.copyOf(codes);
    }

    /** HS-code prefixes: 2 to 10 digits, dots and spaces ignored; null when none given. */
    static List<String> hsPrefixes(List<String> values) {
        var prefixes = new LinkedHashSet<String>();
        for (var value : split(values)) {
            var digits = value.replace(".", "").replace(" ", "");
            if (!digits.matches("\\d{2,10}")) {
                throw new BadRequestException("hs: '" + value + "' is not an HS code prefix (2 to 10 digits)");
            }
            prefixes.add(digits);
        }
        return prefixes.isEmpty() ? null : List.copyOf(prefixes);
    }

    /** Common High Priority List tiers ({@code 3a} reads as {@code 3.A}); null when none given. */
    static List<String> tiers(List<String> values) {
        var tiers = new LinkedHashSet<String>();
        for (var value : split(values)) {
            var tier = value.toUpperCase(Locale.ROOT).replaceFirst("^([34])\\.?([AB])$", "$1.$2");
            if (!TIERS.contains(tier)) {
                throw new BadRequestException("tiers: '" + value + "' is not a Common High Priority List tier; "
                        + "expected one of 1, 2, 3.A, 3.B, 4.A, 4.B");
            }
            tiers.add(tier);
        }
        return tiers.isEmpty() ? null : List.copyOf(tiers);
    }

    static void checkDates(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestException("from (" + from + ") is after to (" + to + ")");
        }
    }

    static double minValue(Double value) {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value.isNaN() || value.isInfinite()) {
            throw new BadRequestException("minValue: must be zero or more, got " + value);
        }
        return value;
    }

    static int limit(Integer limit, int defaultLimit, int maxLimit) {
        if (limit == null) {
            return defaultLimit;
        }
        if (limit < 1 || limit > maxLimit) {
            throw new BadRequestException("limit: must be 1 to " + maxLimit + ", got " + limit);
        }
        return limit;
    }

    /** A count of listed items from 0 to {@code max}, the default when not given. */
    static int listed(String parameter, Integer value, int defaultValue, int max) {
        if (value == null) {
            return Math.min(defaultValue, max);
        }
        if (value < 0 || value > max) {
            throw new BadRequestException(parameter + ": must be 0 to " + max + ", got " + value);
        }
        return value;
    }

    static int offset(Integer offset) {
        if (offset == null) {
            return 0;
        }
        if (offset < 0) {
            throw new BadRequestException("offset: must be zero or more, got " + offset);
        }
        return offset;
    }

    /** Values given as repeated parameters, comma-separated, or both; blanks dropped. */
    private static List<String> split(List<String> values) {
        var parts = new ArrayList<String>();
        if (values != null) {
            for (var value : values) {
                for (var part : value.split(",")) {
                    if (!part.isBlank()) {
                        parts.add(part.strip());
                    }
                }
            }
        }
        return parts;
    }
}
