package io.ownerscope.entities;

import java.util.List;

/** A page of name-search results, best match first. */
record SearchResults(String name, int page, int size, long total, List<Hit> results) {

    /** @param listed whether a sanction targets the entity directly */
    record Hit(String id, List<String> labels, String name, String country, double score, boolean listed) {
    }
}
