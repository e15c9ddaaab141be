package io.ownerscope.entities;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of search results: records found by identifier first, then by name, best match first. */
record SearchResults(String name, int page, int size, long total, List<Hit> results) {

    /**
     * @param score the full-text score of a word match, the matcher's score (0–1) of a match across scripts, 1 for
     *        an identifier
     * @param listed whether a sanction targets the entity directly
     * @param matchedBy {@code identifier} for a record that states what was typed as one of its identifiers,
     *        {@code words} for a match of the words as written, {@code name keys} for a match across scripts and
     *        spellings (transliterated, phonetic), found by the screening index
     * @param scheme for an identifier match, which identifier it states: {@code inn}, {@code ogrn}, {@code bin},
     *        {@code lei}, {@code imo} or {@code registrationNumber}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Hit(String id, List<String> labels, String name, String country, double score, boolean listed,
            String matchedBy, String scheme) {
    }
}
