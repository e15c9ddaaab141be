package io.ownerscope.network;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import io.ownerscope.system.InvalidInput;
import io.ownerscope.system.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Exports a subgraph as a file: GraphML, a zip of CSV files or FollowTheMoney lines. Other capabilities export the
 * entities of their answers through {@link #export(Collection, LocalDate, String, String)}: the entities and every
 * link between them.
 */
@Component
public class GraphExports {

    /** The format of an answer as JSON, the default of an answer that can also be exported. */
    public static final String JSON = "json";

    private final NetworkRepository network;
    private final NetworkSettings settings;

    GraphExports(NetworkRepository network, NetworkSettings settings) {
        this.network = network;
        this.settings = settings;
    }

    /** The values a {@code format} parameter of an answer takes: json and the export formats. */
    public static List<String> answerFormats() {
        var formats = new ArrayList<String>();
        formats.add(JSON);
        formats.addAll(ExportFormat.NAMES);
        return formats;
    }

    /**
     * Whether an answer's {@code format} parameter asks for a file rather than JSON (null or {@code json}).
     *
     * @throws InvalidInputException when it names no known format
     */
    public static boolean wantsFile(String format) {
        if (format == null || format.isBlank() || format.strip().equalsIgnoreCase(JSON)) {
            return false;
        }
        parse(format, answerFormats());
        return true;
    }

    /**
     * The entities named (at most {@code ownerscope.network.max-nodes}) and every link between them valid on
     * {@code asOf} (null: every link), as a file of the format named.
     *
     * @param name what the file name says after {@code ownerscope-}, e.g. {@code paths-a-b}
     */
    public ResponseEntity<byte[]> export(Collection<String> ids, LocalDate asOf, String format, String name) {
        var unique = new LinkedHashSet<>(ids.stream().filter(Objects::nonNull).toList());
        var chosen = parse(format, ExportFormat.NAMES);
        var request = new GraphRequest(unique.stream().limit(settings.maxNodes()).toList(), 0, asOf,
                LinkKind.NAMES, settings.defaultHubLimit());
        return file(request.ids().isEmpty() ? new Subgraph(List.of(), List.of(), List.of(), false)
                : network.read(request), chosen, name);
    }

    ResponseEntity<byte[]> export(GraphRequest request, String format) {
        var chosen = parse(format, ExportFormat.NAMES);
        var name = "graph-" + String.join("-", request.ids().stream().limit(3).toList())
                + (request.ids().size() > 3 ? "-and-" + (request.ids().size() - 3) + "-more" : "")
                + "-" + request.hops() + "-hops" + (request.asOf() == null ? "" : "-" + request.asOf());
        return file(network.read(request), chosen, name);
    }

    private static ResponseEntity<byte[]> file(Subgraph graph, ExportFormat format, String name) {
        var out = new ByteArrayOutputStream();
        switch (format) {
            case GRAPHML -> GraphmlWriter.write(graph, out);
            case CSV -> CsvZipWriter.write(graph, out);
            case FTM -> FtmWriter.write(graph, out);
        }
        var filename = "ownerscope-" + safe(name) + "." + format.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(out.toByteArray());
    }

    private static ExportFormat parse(String format, List<String> allowed) {
        return ExportFormat.parse(format).orElseThrow(() -> new InvalidInputException(InvalidInput.outOfRange(
                "format", format == null ? "" : format, "one of " + String.join(", ", allowed))));
    }

    /** A file name part of letters, digits, dots, dashes and underscores only, at most 120 characters. */
    static String safe(String name) {
        var safe = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        return safe.length() > 120 ? safe.substring(0, 120) : safe;
    }
}
