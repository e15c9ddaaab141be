package io.ownerscope.ownership;

import java.time.LocalDate;
import java.util.List;

import io.ownerscope.system.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Ownership", description = "Effective beneficial ownership and derived designations (OFAC, EU, UK)")
class OwnershipController {

    private final OwnershipService ownership;
    private final DesignationRecompute recompute;
    private final OwnershipSettings settings;

    OwnershipController(OwnershipService ownership, DesignationRecompute recompute, OwnershipSettings settings) {
        this.ownership = ownership;
        this.recompute = recompute;
        this.settings = settings;
    }

    @GetMapping("/api/entities/{id}/owners")
    @Operation(summary = "Everyone who owns the entity directly or through chains, with effective shares and paths")
    OwnershipViews.OwnersView owners(@PathVariable @Size(max = 500) String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "Only links valid on this date count (default today)") LocalDate asOf,
            @RequestParam(required = false) @DecimalMin("0") @DecimalMax("100")
            @Parameter(description = "Minimum effective share in percent (default 25)") Double threshold,
            @RequestParam(defaultValue = "false")
            @Parameter(description = "Only owners that nobody owns in turn") boolean ultimate) {
        return ownership.owners(id, dateOrToday(asOf), thresholdOrDefault(threshold), ultimate);
    }

    @GetMapping("/api/entities/{id}/holdings")
    @Operation(summary = "Everything the person or company holds directly or through chains, with effective shares")
    OwnershipViews.HoldingsView holdings(@PathVariable @Size(max = 500) String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @DecimalMin("0") @DecimalMax("100") Double threshold) {
        return ownership.holdings(id, dateOrToday(asOf), threshold == null ? 0 : threshold);
    }

    @GetMapping("/api/entities/{id}/designation")
    @Operation(summary = "Whether the entity is designated under a regime (listed or derived), and why")
    OwnershipViews.DesignationView designation(@PathVariable @Size(max = 500) String id,
            @RequestParam @Parameter(description = "OFAC, EU or UK") String regime,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return ownership.designation(id, regime(regime), dateOrToday(asOf));
    }

    @PostMapping("/api/designations/recompute")
    @Operation(summary = "Recompute and mark the derived designations of the whole graph (one regime or all)")
    List<DesignationRecompute.Counts> recompute(@RequestParam(required = false) String regime,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        var date = dateOrToday(asOf);
        return regime == null ? recompute.recomputeAll(date) : List.of(recompute.recompute(regime(regime), date));
    }

    private double thresholdOrDefault(Double threshold) {
        return threshold == null ? settings.threshold() : threshold;
    }

    private static LocalDate dateOrToday(LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }

    private static Regime regime(String regime) {
        try {
            return Regime.parse(regime);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
