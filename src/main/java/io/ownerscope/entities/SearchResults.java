package io.ownerscope.entities;

import java.util.List;

/** A page of name-search results, best match first. */
record SearchResults(String name, int page, int size, long total, List<Hit> results) {

    /**
     * @param score the full-text score of a word match, or the matcher's score (0–1) of a match across scripts
     * @param listed whether a sanction targets the entity directly
     * @param matchedBy {@code words} for a match of the words as written, {@code name keys} for a match across
     *        scripts and spellings (transliterated, phonetic), found by the screening index
     */
    record Hit(String id, List<String> labels, String name, String country, double score, boolean listed,
            String matchedBy) {
    }
}
