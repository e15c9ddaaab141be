package io.ownerscope.cases;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A saved case with everything on its canvas, and who made and last changed it (user or API key names, ISO-8601
 * times).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CaseView(String id, String name, String asOf, String notes, List<Placed> entities, String createdBy,
        String createdAt, String updatedBy, String updatedAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CaseEntity")
    record Placed(String id, double x, double y, String note) {
    }
}
