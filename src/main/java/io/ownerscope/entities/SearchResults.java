package io.ownerscope.entities;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A page of search results: records found by identifier first, then by name, best match first.
 *
 * @param total how many records match, counted up to {@link #COUNTED} word matches
 * @param totalRelation {@code eq} when {@code total} is exact, {@code gte} when more records match than were counted
 */
record SearchResults(String name, int page, int size, long total, String totalRelation, List<Hit> results) {

    /** Word matches are counted up to this many: a word that every name shares costs no more to count. */
    static final int COUNTED = 1_000;

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
