package io.ownerscope.ownership;

import java.time.LocalDate;
import java.util.Map;

/** A sanction that designates a party under a regime on the date asked about. */
record Listing(String sanctionId, String authority, String program, LocalDate listedOn, LocalDate delistedOn,
        Map<String, Object> source) {
}
