package io.ownerscope.paths;

import java.time.LocalDate;

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
@Tag(name = "Paths", description = "Paths between entities and exposure to designated parties")
class PathsController {

    private final PathsService paths;

    PathsController(PathsService paths) {
        this.paths = paths;
    }

    @GetMapping("/api/paths")
    @Operation(summary = "The k shortest paths between two entities over ownership, control, directors, family, "
            + "shared addresses, trade and identity links, with every step's sources")
    PathViews.PathsView paths(@RequestParam @Size(max = 500) String from, @RequestParam @Size(max = 500) String to,
            @RequestParam(required = false) @Parameter(description = "Paths wanted (default 3)") Integer k,
            @RequestParam(required = false) @Parameter(description = "Hop cap (default 6, at most 10)")
            Integer maxHops,
            @RequestParam(required = false) @Parameter(description = "Comma-separated link groups: ownership, "
                    + "control, directorship, family, address, trade, identity (default all)") String types,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "Only links valid on this date (default today)") LocalDate asOf,
            @RequestParam(defaultValue = "false")
            @Parameter(description = "Go through hubs (mass addresses, nominee directors, big logistics firms)")
            boolean allowHubs) {
        return paths.paths(from, to, types, k, maxHops, dateOrToday(asOf), allowHubs);
    }

    @GetMapping("/api/entities/{id}/exposure")
    @Operation(summary = "The designated parties (listed or derived) nearest to the entity, nearest and strongest "
            + "first, with paths and a plain-language explanation")
    PathViews.ExposureView exposure(@PathVariable @Size(max = 500) String id,
            @RequestParam(required = false) @Parameter(description = "Hop cap (default 4, at most 6)")
            Integer maxHops,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @Parameter(description = "OFAC, EU or UK (default all)") String regime,
            @RequestParam(defaultValue = "false") boolean allowHubs,
            @RequestParam(defaultValue = "false") @Parameter(description = "Read every level up to maxHops instead "
                    + "of ending shortly after the nearest listed party") boolean allLevels) {
        return paths.exposure(id, maxHops, dateOrToday(asOf), regime, allowHubs, allLevels);
    }

    private static LocalDate dateOrToday(LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }
}
