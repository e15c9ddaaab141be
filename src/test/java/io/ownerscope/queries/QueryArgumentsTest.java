package io.ownerscope.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ownerscope.system.BadRequestException;
import org.junit.jupiter.api.Test;

class QueryArgumentsTest {

    private static final SavedQuery QUERY = QueryFileParser.parse("t/q.cypher", """
            // name: q
            // description: Every kind of parameter
            // param: since date = 2022-02-24 — Since
            // param: countries list<country> = [KZ, KG] — Countries
            // param: tiers list<tier> optional — Tiers
            // param: minShare float = 50 — Share
            // param: top int required — How many
            // param: strict bool optional — Strict
            // param: name string optional — Name
            // param: days list<int> optional — Days
            // max-rows: 10
            RETURN $since, $countries, $tiers, $minShare, $top, $strict, $name, $days LIMIT $maxRows
            """);

    @Test
    void jsonValuesAreTypedAndDefaultsFillTheRest() {
        var typed = QueryArguments.fromJson(QUERY, Map.of("top", 5, "minShare", 25, "countries", List.of("AM"),
                "strict", true, "days", List.of(1, 2L, BigInteger.TEN)));

        assertThat(typed).containsEntry("top", 5L).containsEntry("minShare", 25.0)
                .containsEntry("countries", List.of("AM")).containsEntry("strict", true)
                .containsEntry("since", LocalDate.of(2022, 2, 24)).containsEntry("name", null)
                .containsEntry("days", List.of(1L, 2L, 10L));
    }

    @Test
    void jsonStringsAreAcceptedForDatesAndNumbersAndAScalarForAList() {
        var typed = QueryArguments.fromJson(QUERY, Map.of("top", "7", "since", "2023-01-31", "countries", "KZ"));

        assertThat(typed).containsEntry("top", 7L).containsEntry("since", LocalDate.of(2023, 1, 31))
                .containsEntry("countries", List.of("KZ"));
    }

    @Test
    void jsonNullCountsAsNotGiven() {
        var given = new HashMap<String, Object>();
        given.put("top", 1);
        given.put("since", null);

        assertThat(QueryArguments.fromJson(QUERY, given)).containsEntry("since", LocalDate.of(2022, 2, 24));
    }

    @Test
    void textValuesAreTypedAndListsTakeRepeatedOrCommaSeparatedValues() {
        var typed = QueryArguments.fromText(QUERY, Map.of("top", List.of("3"), "since", List.of("2021-12-31"),
                "countries", List.of("KZ, KG", "AM"), "strict", List.of("TRUE"), "minShare", List.of("12.5"),
                "name", List.of("Steppe, Lynx")));

        assertThat(typed).containsEntry("top", 3L).containsEntry("since", LocalDate.of(2021, 12, 31))
                .containsEntry("countries", List.of("KZ", "KG", "AM")).containsEntry("strict", true)
                .containsEntry("minShare", 12.5).containsEntry("name", "Steppe, Lynx");
    }

    @Test
    void unknownAndMissingParametersAreRefusedByName() {
        assertRefused(Map.of("top", 1, "cuntries", List.of("KZ")),
                "Unknown parameter cuntries for query 'q'; it takes since, countries, tiers, minShare, top, strict, name, "
                        + "days");
        assertRefused(Map.of("top", 1, "maxRows", 100000), "Unknown parameter maxRows");
        assertRefused(Map.of(), "top is required by query 'q': How many");
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedByName() {
        assertRefused(Map.of("top", 1.5), "top: expected a whole number, was 1.5");
        assertRefused(Map.of("top", "ten"), "top: expected a whole number, was ten");
        assertRefused(Map.of("top", 1, "since", "24.02.2022"),
                "since: expected a date as yyyy-MM-dd, was 24.02.2022");
        assertRefused(Map.of("top", 1, "since", 20220224), "since: expected a date as yyyy-MM-dd, was 20220224");
        assertRefused(Map.of("top", 1, "strict", "yes"), "strict: expected true or false, was yes");
        assertRefused(Map.of("top", 1, "name", 5), "name: expected text, was 5");
        assertRefused(Map.of("top", 1, "countries", List.of("KZ", Map.of())),
                "countries: expected an ISO-3166 alpha-2 country code, was an object");
        assertRefused(Map.of("top", 1, "minShare", "NaN"), "minShare: expected a number, was NaN");
        assertRefused(Map.of("top", 1, "name", "x".repeat(1001)), "is longer than 1000 characters");
        assertRefused(Map.of("top", 1, "countries", Collections.nCopies(1001, "KZ")), "has more than 1000 elements");
        assertThatThrownBy(() -> QueryArguments.fromText(QUERY, Map.of("top", List.of("1", "2"))))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("top (int) takes one value, got 2");
    }

    @Test
    void countriesAndTiersAreCheckedAndACommaSeparatedStringIsAList() {
        var typed = QueryArguments.fromJson(QUERY, Map.of("top", 1, "countries", "kz, KG", "tiers", "1,3.a"));

        assertThat(typed).containsEntry("countries", List.of("KZ", "KG")).containsEntry("tiers", List.of("1", "3.A"));
        assertThat(QueryArguments.fromJson(QUERY, Map.of("top", 1, "tiers", List.of(1, "4.B"))))
                .containsEntry("tiers", List.of("1", "4.B"));
        assertRefused(Map.of("top", 1, "countries", "Kazakhstan"),
                "countries: expected an ISO-3166 alpha-2 country code, was Kazakhstan");
        assertRefused(Map.of("top", 1, "tiers", "1,5"),
                "tiers: expected a CHPL tier (1, 2, 3.A, 3.B, 4.A, 4.B), was 5");
        assertThatThrownBy(() -> QueryArguments.fromText(QUERY, Map.of("top", List.of("1"),
                "countries", List.of("Kazakhstan"))))
                .hasMessage("countries: expected an ISO-3166 alpha-2 country code, was Kazakhstan");
    }

    private static void assertRefused(Map<String, ?> given, String message) {
        assertThatThrownBy(() -> QueryArguments.fromJson(QUERY, given))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining(message);
    }
}
