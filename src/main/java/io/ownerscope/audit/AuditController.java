package io.ownerscope.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.ownerscope.system.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Audit", description = "Who looked at what, and who changed what (admins only)")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/audit")
    @Operation(summary = "Entries of the audit trail, newest first: who (user or key), when, the action, the "
            + "entities and parameters, the answer's status and duration")
    Map<String, Object> entries(
            @RequestParam(required = false) @Size(max = 200) @Parameter(description = "User or key name") String actor,
            @RequestParam(required = false) @Size(max = 500) @Parameter(description = "Entity id") String entity,
            @RequestParam(required = false) @Size(max = 100)
            @Parameter(description = "e.g. search, entity view, owners, match, query run, decision, recompute")
            String action,
            @RequestParam(required = false)
            @Parameter(description = "From this instant or date (ISO 8601), inclusive") String from,
            @RequestParam(required = false)
            @Parameter(description = "Up to this instant or date (ISO 8601), exclusive") String to,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int offset) {
        var entries = trail.find(new AuditTrail.Criteria(blankToNull(actor), blankToNull(entity),
                blankToNull(action), instant("from", from), instant("to", to), limit, offset));
        var answer = new LinkedHashMap<String, Object>();
        answer.put("entries", entries);
        answer.put("limit", limit);
        answer.put("offset", offset);
        answer.put("truncated", entries.size() == limit);
        return answer;
    }

    /** An ISO instant, or a date meaning its start in UTC. */
    static OffsetDateTime instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() <= 10 ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(parameter + " '" + value + "' is not allowed; expected an ISO 8601 date "
                    + "(2026-12-01) or instant (2026-12-01T10:00:00Z)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
