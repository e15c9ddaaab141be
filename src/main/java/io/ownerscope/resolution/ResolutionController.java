package io.ownerscope.resolution;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/resolution")
@Validated
@Tag(name = "Resolution", description = "Records of different sources suggested as one entity, and analysts' "
        + "decisions on them")
class ResolutionController {

    private final Candidates candidates;
    private final Decisions decisions;
    private final Resolver resolver;

    ResolutionController(Candidates candidates, Decisions decisions, Resolver resolver) {
        this.candidates = candidates;
        this.decisions = decisions;
        this.resolver = resolver;
    }

    @GetMapping("/candidates")
    @Operation(summary = "Suggested pairs of records of different datasets, best first, with the features of each "
            + "score; pairs decided same or different are not listed, unsure ones are, marked")
    Candidates.Page candidates(
            @RequestParam(defaultValue = "0.7") @DecimalMin("0") @DecimalMax("1") double minScore,
            @RequestParam(required = false) @Size(max = 200) String dataset,
            @RequestParam(required = false) @Size(max = 500) String entity,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int offset) {
        return candidates.list(minScore, dataset, entity, limit, offset);
    }

    /**
     * @param left one record's id
     * @param right the other record's id
     * @param judgement {@code same}, {@code different} or {@code unsure}
     * @param note why, kept with the decision
     */
    record DecisionRequest(@NotBlank @Size(max = 500) String left, @NotBlank @Size(max = 500) String right,
            @NotBlank @Schema(allowableValues = {"same", "different", "unsure"}) String judgement,
            @Size(max = 2000) String note) {
    }

    @PostMapping("/decisions")
    @Operation(summary = "Record a decision on a pair: same joins the records into one entity that every analysis "
            + "follows; different removes the pair from the suggestions for good; unsure keeps it listed. A later "
            + "decision replaces the earlier one, which is kept. The caller (user or key) is recorded as who decided")
    Map<String, Object> decide(@RequestBody @Validated DecisionRequest request, java.security.Principal principal) {
        return decisions.decide(request.left(), request.right(), Decisions.Judgement.parse(request.judgement()),
                request.note(), principal.getName(), true);
    }

    @GetMapping("/decisions")
    @Operation(summary = "The decisions on the pairs of one record, newest first, the earlier ones as history")
    List<Map<String, Object>> decisions(@RequestParam @NotBlank @Size(max = 500) String entity,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return decisions.of(entity, limit);
    }

    @PostMapping("/recompute")
    @Operation(summary = "Compare every record with the records of other datasets again and refresh the suggestions")
    Resolver.Counts recompute() {
        return resolver.resolveAll();
    }
}
