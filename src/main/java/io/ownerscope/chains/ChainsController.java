package io.ownerscope.chains;

import java.time.LocalDate;
import java.util.List;

import io.ownerscope.network.GraphExports;
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
@Tag(name = "Chains", description = "Intermediary chains (transshipment) to consignees tied to designated parties")
class ChainsController {

    private final ChainsService chains;
    private final GraphExports exports;

    ChainsController(ChainsService chains, GraphExports exports) {
        this.chains = chains;
        this.exports = exports;
    }

    @GetMapping("/api/chains")
    @Operation(summary = "Supplier → intermediary in a third country → consignee in Russia or Belarus tied to a "
            + "designated party, ranked by a score with its components")
    @ApiResponse(responseCode = "200", description = "The chains, or with a format their parties and the links "
            + "between them as a file",
            content = {@Content(mediaType = "application/json",
                    schema = @Schema(implementation = ChainViews.ChainsView.class)),
                @Content(mediaType = "application/graphml+xml", schema = @Schema(type = "string")),
                @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string"))})
    ResponseEntity<?> chains(
            @RequestParam(required = false) @Parameter(description = "Only chains from this supplier (entity id)")
            String supplier,
            @RequestParam(required = false)
            @Parameter(description = "Only chains through this intermediary (entity id)") String intermediary,
            @RequestParam(required = false)
            @Parameter(description = "ISO country codes of intermediaries (default: the alerts' transshipment points)")
            List<String> intermediaryCountries,
            @RequestParam(required = false)
            @Parameter(description = "ISO country codes of consignees (default RU, BY)")
            List<String> destinationCountries,
            @RequestParam(required = false) @Parameter(description = "HS code prefixes, e.g. 8542") List<String> hs,
            @RequestParam(required = false)
            @Parameter(description = "Common High Priority List tiers: 1, 2, 3.A, 3.B, 4.A, 4.B") List<String> tiers,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "First shipment date") LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "Last shipment date") LocalDate to,
            @RequestParam(required = false)
            @Parameter(description = "Least outbound value of a chain, USD") Double minValue,
            @RequestParam(required = false)
            @Parameter(description = "OFAC, EU or UK: only its listings and designation marks count (default any)")
            String regime,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Parameter(description = "Listings in force and links valid on this date (default today)") LocalDate asOf,
            @RequestParam(required = false) @Parameter(description = "Chains returned (default 20)") Integer limit,
            @RequestParam(required = false) @Parameter(description = "Chains skipped, for paging") Integer offset,
            @RequestParam(required = false) @Parameter(description = "json (default), or graphml, csv, ftm: the "
                    + "parties of the chains and every link between them as a file, as /api/export writes it")
            String format) {
        var file = GraphExports.wantsFile(format);
        var view = chains.find(chains.criteria(supplier, intermediary, intermediaryCountries, destinationCountries, hs,
                tiers, from, to, minValue, regime, asOf, limit, offset));
        return file ? exports.export(ChainExports.ids(view), asOf, format, "chains") : ResponseEntity.ok(view);
    }
}
