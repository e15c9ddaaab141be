package io.ownerscope.queries;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.ownerscope.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/queries")
@Tag(name = "Saved queries", description = "Analysts' saved Cypher queries, run by name with typed parameters")
class QueryController {

    private static final Logger LOG = LoggerFactory.getLogger(QueryController.class);
    private static final MediaType TEXT_CSV = new MediaType("text", "csv");

    private final QueryCatalog catalog;
    private final QueryRunner runner;

    QueryController(QueryCatalog catalog, QueryRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
    }

    @GetMapping
    @Operation(summary = "The catalog: every saved query with its parameters, and the files that failed their check")
    QueryView.Catalog catalog() {
        catalog.checkAll();
        return new QueryView.Catalog(catalog.queries().stream().map(QueryView::of).toList(), catalog.invalid());
    }

    @GetMapping("/{name}")
    @Operation(summary = "One saved query: description, parameters, columns and its Cypher")
    QueryView.Definition definition(@PathVariable @Size(max = 200) String name) {
        return QueryView.definition(catalog.get(name));
    }

    @PostMapping("/{name}")
    @Operation(summary = "Run a saved query with the parameters in a JSON object; CSV with Accept: text/csv",
            responses = @ApiResponse(responseCode = "200", content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = QueryResult.class)),
                    @Content(mediaType = "text/csv")}))
    ResponseEntity<QueryResult> run(@PathVariable @Size(max = 200) String name,
            @RequestBody(required = false) Map<String, Object> parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        var query = catalog.get(name);
        return answer(query, QueryArguments.fromJson(query, parameters), accept, response);
    }

    @GetMapping("/{name}/run")
    @Operation(summary = "Run a saved query with its parameters in the URL (a list: repeated or comma-separated); "
            + "CSV with Accept: text/csv",
            responses = @ApiResponse(responseCode = "200", content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = QueryResult.class)),
                    @Content(mediaType = "text/csv")}))
    ResponseEntity<QueryResult> runFromUrl(@PathVariable @Size(max = 200) String name,
            @Parameter(description = "The query's parameters by name")
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        var query = catalog.get(name);
        return answer(query, QueryArguments.fromText(query, parameters), accept, response);
    }

    private ResponseEntity<QueryResult> answer(SavedQuery query, Map<String, Object> arguments, String accept,
            HttpServletResponse response) throws IOException {
        if (!prefersCsv(accept)) {
            var rows = new CollectedRows(query, arguments);
            runner.run(query, arguments, rows);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rows.result());
        }
        streamCsv(query, arguments, response);
        return null;
    }

    /**
     * Rows go out as Neo4j returns them. A failure before anything was sent is answered as a problem like any
     * other; once rows are out the status is sent, so the failure ends the CSV as a {@code # error:} line.
     */
    private void streamCsv(SavedQuery query, Map<String, Object> arguments, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + query.name() + ".csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        var rows = new CsvRows(writer, true);
        try {
            runner.run(query, arguments, rows);
        } catch (RuntimeException e) {
            if (!response.isCommitted()) {
                response.reset();
                throw e;
            }
            LOG.warn("Saved query '{}' failed after rows were sent: {}", query.name(), e.getMessage());
            rows.error(e instanceof ApiException ? e.getMessage() : "the query failed; it has been logged");
        }
    }

    /** CSV only when the Accept header ranks {@code text/csv} above JSON (by quality, then by specificity). */
    static boolean prefersCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return rank(types, TEXT_CSV) > rank(types, MediaType.APPLICATION_JSON);
    }

    private static double rank(List<MediaType> accepted, MediaType wanted) {
        double best = -1;
        for (var type : accepted) {
            if (type.includes(wanted)) {
                int specificity = type.isWildcardType() ? 0 : type.isWildcardSubtype() ? 1 : 2;
                best = Math.max(best, type.getQualityValue() * 10 + specificity);
            }
        }
        return best;
    }
}
