package io.ownerscope.redflags;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import io.ownerscope.system.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Red flags", description = "Red flags of sanctions and export-control evasion, with evidence and a score")
class RedFlagController {

    private static final Set<String> COUNTRIES = Set.copyOf(Arrays.asList(Locale.getISOCountries()));

    private final RedFlagService redFlags;
    private final RedFlagSettings settings;

    RedFlagController(RedFlagService redFlags, RedFlagSettings settings) {
        this.redFlags = redFlags;
        this.settings = settings;
    }

    @GetMapping("/api/entities/{id}/red-flags")
    @Operation(summary = "Every red flag of the entity, raised or not, with its evidence and sources, and the score")
    RedFlagViews.EntityRedFlags entity(@PathVariable @Size(max = 500) String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "Links, registrations and listings in force on this date, shipments up to it "
                    + "(default today)") LocalDate asOf) {
        return redFlags.report(id, dateOrToday(asOf));
    }

    @GetMapping("/api/red-flags")
    @Operation(summary = "The companies of a country ranked by their red-flag score, with their raised flags")
    RedFlagViews.Ranking ranking(
            @RequestParam @Parameter(description = "ISO-3166 alpha-2 code of the companies' country") String country,
            @RequestParam(required = false) @Parameter(description = "Companies returned (default 20)") Integer limit,
            @RequestParam(required = false) @Parameter(description = "Lowest score listed (default 0)") Double minScore,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        var code = country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new BadRequestException("country '" + country + "' is not an ISO-3166 alpha-2 code, e.g. KZ");
        }
        var ranking = settings.ranking();
        int rows = limit == null ? ranking.defaultLimit() : limit;
        if (rows < 1 || rows > ranking.maxLimit()) {
            throw new BadRequestException("limit must be between 1 and " + ranking.maxLimit());
        }
        double lowest = minScore == null ? 0 : minScore;
        if (lowest < 0 || Double.isNaN(lowest) || Double.isInfinite(lowest)) {
            throw new BadRequestException("minScore must be 0 or more");
        }
        return redFlags.rank(code, rows, lowest, dateOrToday(asOf));
    }

    private static LocalDate dateOrToday(LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }
}
