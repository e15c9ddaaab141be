package io.ownerscope.screening;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/match")
@Validated
@Tag(name = "Screening", description = "Names matched across scripts and spellings, with the features of each score")
class MatchController {

    private final Screening screening;
    private final ScreeningSettings settings;

    MatchController(Screening screening, ScreeningSettings settings) {
        this.screening = screening;
        this.settings = settings;
    }

    @PostMapping
    @Operation(summary = "Screen parties against the graph, in yente's request and answer shape: client-keyed "
            + "queries of FollowTheMoney properties, each answered with its best candidates, scores and features")
    MatchResponses.Response match(@RequestBody Map<String, Object> body,
            @RequestParam(required = false) @DecimalMin("0") @DecimalMax("1")
            @Parameter(description = "Score from which a result is a match (default: ownerscope.screening.threshold)")
            Double threshold,
            @RequestParam(required = false) @Min(1) @Max(100)
            @Parameter(description = "Results per query (default: ownerscope.screening.default-limit)")
            Integer limit) {
        var cutoff = threshold == null ? settings.threshold() : threshold;
        var results = Math.min(limit == null ? settings.defaultLimit() : limit, settings.maxLimit());
        var responses = new LinkedHashMap<String, MatchResponses.QueryResponse>();
        for (var query : MatchRequests.parse(body, settings.maxQueries())) {
            var candidates = screening.screen(query.record(), results).stream()
                    .map(candidate -> MatchResponses.result(candidate, cutoff)).toList();
            responses.put(query.key(), new MatchResponses.QueryResponse(200, candidates,
                    new MatchResponses.Total(candidates.size(), "eq"),
                    Map.of("schema", query.schema(), "properties", query.properties())));
        }
        return new MatchResponses.Response(responses, results, cutoff);
    }
}
