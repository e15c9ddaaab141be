package io.ownerscope.paths;

import java.time.LocalDate;

import io.ownerscope.network.GraphExports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Paths", description = "Paths between entities and exposure to designated parties")
class PathsController {

    private static final String FORMAT = "json (default), or graphml, csv, ftm: the entities of the answer and every "
            + "link between them as a file, as /api/export writes it";

    private final PathsService paths;
    private final GraphExports exports;

    PathsController(PathsService paths, GraphExports exports) {
        this.paths = paths;
        this.exports = exports;
    }

    @GetMapping("/api/paths")
    @Operation(summary = "The k shortest paths between two entities over ownership, control, directors, family, "
            + "shared addresses, trade and identity links, with every step's sources")
    @ApiResponse(responseCode = "200", description = "The paths, or with a format their entities and links as a file",
            content = {@Content(mediaType = "application/json",
                    schema = @Schema(implementation = PathViews.PathsView.class)),
                @Content(mediaType = "application/graphml+xml", schema = @Schema(type = "string")),
                @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"))})
    ResponseEntity<?> paths(@RequestParam @Size(max = 500) String from, @RequestParam @Size(max = 500) String to,
            @RequestParam(required = false) @Parameter(description = "Paths wanted (default 3)") Integer k,
            @RequestParam(required = false) @Parameter(description = "Hop cap (default 6, at most 10)")
            Integer maxHops,
            @RequestParam(required = false) @Parameter(description = "Comma-separated link groups: ownership, "
                    + "control, directorship, family, address, trade, identity (default all)") String types,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "Only links valid on this date (default today)") LocalDate asOf,
            @RequestParam(defaultValue = "false")
            @Parameter(description = "Go through hubs (mass addresses, nominee directors, big logistics firms)")
            boolean allowHubs,
            @RequestParam(required = false) @Parameter(description = FORMAT) String format) {
        var file = GraphExports.wantsFile(format);
        var view = paths.paths(from, to, types, k, maxHops, dateOrToday(asOf), allowHubs);
        return file ? exports.export(PathExports.ids(view), dateOrToday(asOf), format, "paths-" + from + "-" + to)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/api/entities/{id}/exposure")
    @Operation(summary = "The designated parties (listed or derived) nearest to the entity, nearest and strongest "
            + "first, with paths and a plain-language explanation")
    @ApiResponse(responseCode = "200", description = "The designated parties near the entity, or with a format the "
            + "entities of the answer and their links as a file",
            content = {@Content(mediaType = "application/json",
                    schema = @Schema(implementation = PathViews.ExposureView.class)),
                @Content(mediaType = "application/graphml+xml", schema = @Schema(type = "string")),
                @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"))})
    ResponseEntity<?> exposure(@PathVariable @Size(max = 500) String id,
            @RequestParam(required = false) @Parameter(description = "Hop cap (default 4, at most 6)")
            Integer maxHops,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) @Parameter(description = "OFAC, EU or UK (default all)") String regime,
            @RequestParam(defaultValue = "false") boolean allowHubs,
            @RequestParam(defaultValue = "false") @Parameter(description = "Read every level up to maxHops instead "
                    + "of ending shortly after the nearest listed party") boolean allLevels,
            @RequestParam(required = false) @Parameter(description = FORMAT) String format) {
        var file = GraphExports.wantsFile(format);
        var view = paths.exposure(id, maxHops, dateOrToday(asOf), regime, allowHubs, allLevels);
        return file ? exports.export(PathExports.ids(view), dateOrToday(asOf), format, "exposure-" + id)
                : ResponseEntity.ok(view);
    }

    private static LocalDate dateOrToday(LocalDate asOf) {
        return asOf == null ? LocalDate.now() : asOf;
    }
}
