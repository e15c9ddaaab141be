package io.ownerscope.network;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Graph")
class ExportController {

    private final GraphExports exports;
    private final NetworkSettings settings;

    ExportController(GraphExports exports, NetworkSettings settings) {
        this.exports = exports;
        this.settings = settings;
    }

    @GetMapping("/api/export")
    @Operation(summary = "The subgraph /api/graph answers, as a file: GraphML for Gephi and graph tools, a zip of "
            + "nodes.csv and edges.csv, or FollowTheMoney entities one a line for Aleph")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment", content = {
            @Content(mediaType = "application/graphml+xml", schema = @Schema(type = "string")),
            @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"))})
    ResponseEntity<byte[]> export(
            @RequestParam
            @Parameter(description = "Comma-separated ids of entities (or addresses, listings) to start from, 1 to 50")
            String ids,
            @RequestParam @Parameter(description = "graphml, csv or ftm") String format,
            @RequestParam(required = false) @Parameter(description = "Hops around them, 0 to 3 (default 1)")
            Integer hops,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "Only links valid and listings in force on this date, and shipments up to it "
                    + "(default: every link ever stated)") LocalDate asOf,
            @RequestParam(required = false)
            @Parameter(description = "Comma-separated kinds of link, as for /api/graph (default all)") String kinds,
            @RequestParam(required = false)
            @Parameter(description = "Hub limit, as for /api/graph (default 25)") Integer hubLimit) {
        return exports.export(GraphRequest.of(ids, hops, asOf, kinds, hubLimit, settings), format);
    }
}
