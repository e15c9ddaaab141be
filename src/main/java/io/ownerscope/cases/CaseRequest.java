package io.ownerscope.cases;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a case holds, as a client sends it to save or replace one: a name, the date the canvas was read as of, the
 * investigator's notes and the entities on the canvas with their positions and notes.
 *
 * @param asOf the canvas's as-of date; left out for today's graph
 */
record CaseRequest(@NotBlank @Size(max = Cases.MAX_NAME) String name, LocalDate asOf,
        @Size(max = Cases.MAX_NOTES) String notes,
        @NotNull @Size(min = 1, max = Cases.MAX_ENTITIES) List<@NotNull @Valid Placed> entities) {

    /** An entity on the canvas, where it stands and what the investigator noted on it. */
    @Schema(name = "CaseEntityInput")
    record Placed(@NotBlank @Size(max = 500) String id, @NotNull Double x, @NotNull Double y,
            @Size(max = Cases.MAX_ENTITY_NOTE) String note) {
    }
}
