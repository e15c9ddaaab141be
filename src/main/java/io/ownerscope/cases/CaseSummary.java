package io.ownerscope.cases;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A case as a list shows it: without its canvas, with how many entities are on it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CaseSummary(String id, String name, String asOf, long entityCount, String createdBy, String createdAt,
        String updatedBy, String updatedAt) {
}
