package io.ownerscope.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a query or a candidate says about one party: the names it goes by and the facts that confirm or rule out a
 * match. Every list may be empty but names.
 *
 * @param birthDates ISO dates, as precise as known: {@code 1970}, {@code 1970-05} or {@code 1970-05-12}; for an
 *        organization, the date it was founded
 * @param countries country codes or names (citizenship, nationality, jurisdiction, residence), compared as written
 *        after trimming and lower-casing
 */
public record MatchRecord(Schema schema, List<String> names, List<MatchIdentifier> identifiers,
        List<String> birthDates, List<String> countries, List<String> addresses) {

    public MatchRecord {
        Objects.requireNonNull(schema, "schema");
        names = List.copyOf(names).stream().filter(name -> !name.isBlank()).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("A record to match needs at least one name");
        }
        identifiers = List.copyOf(identifiers);
        birthDates = List.copyOf(birthDates);
        countries = List.copyOf(countries);
        addresses = List.copyOf(addresses);
    }

    public static MatchRecord of(Schema schema, String... names) {
        return new MatchRecord(schema, List.of(names), List.of(), List.of(), List.of(), List.of());
    }

    public static MatchRecord person(String... names) {
        return of(Schema.PERSON, names);
    }

    public static MatchRecord company(String... names) {
        return of(Schema.COMPANY, names);
    }

    public MatchRecord withIdentifier(String scheme, String value) {
        return new MatchRecord(schema, names, plus(identifiers, new MatchIdentifier(scheme, value)), birthDates,
                countries, addresses);
    }

    public MatchRecord withBirthDate(String date) {
        return new MatchRecord(schema, names, identifiers, plus(birthDates, date), countries, addresses);
    }

    public MatchRecord withCountry(String country) {
        return new MatchRecord(schema, names, identifiers, birthDates, plus(countries, country), addresses);
    }

    public MatchRecord withAddress(String address) {
        return new MatchRecord(schema, names, identifiers, birthDates, countries, plus(addresses, address));
    }

    private static <T> List<T> plus(List<T> list, T value) {
        var copy = new ArrayList<>(list);
        copy.add(Objects.requireNonNull(value));
        return copy;
    }
}
