package io.ownerscope.loading.ftm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import io.ownerscope.graph.Graph;
import io.ownerscope.loading.LineDecoder;
import io.ownerscope.loading.LoadInput;
import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RowSink;
import io.ownerscope.loading.SourceDescription;
import io.ownerscope.loading.SourceFiles;
import io.ownerscope.loading.SourceReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads FollowTheMoney entities (OpenSanctions exports, yente data files): JSON lines, one entity a line, or yente
 * delta files, one {@code {"op": "ADD"|"MOD"|"DEL", "entity": {...}}} a line. ADD and MOD write the entity as a full
 * line does; DEL withdraws what the dataset wrote under that id. Goes through the same writer, validation and
 * provenance as the canonical CSV format.
 */
public final class FtmReader implements SourceReader {

    public static final String FORMAT = "ftm";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> OPS = Set.of("ADD", "MOD", "DEL");
    private static final LineDecoder UTF8 = new LineDecoder(StandardCharsets.UTF_8);

    private final Supplier<Graph> graph;

    public FtmReader(Graph graph) {
        this(() -> graph);
    }

    /** @param graph the graph deltas and sanction claims are read from, reached only when a file is read */
    FtmReader(Supplier<Graph> graph) {
        this.graph = graph;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /** A file that is mostly not UTF-8 stops here, before the run starts; a few bad lines are rejected alone. */
    @Override
    public SourceDescription describe(LoadInput input) {
        var file = input.singleFile(FORMAT);
        var bytes = file.readAllBytes();
        UTF8.requireMostlyDecodable(file.name(), bytes, "FollowTheMoney files are UTF-8 JSON lines: convert it from NAME to UTF-8");
        return new SourceDescription(List.of(file.name()), SourceFiles.checksum(bytes));
    }

    @Override
    public void read(LoadInput input, RowSink sink) {
        var file = input.singleFile(FORMAT);
        var name = file.name();
        var dataset = input.dataset();
        var deltas = new FtmDeltas(graph.get());
        var changes = parseLines(name, UTF8.lines(file.readAllBytes()), sink);
        var removed = deltas.delete(dataset, changes.deleted());
        var entities = new FtmEntities(name, sink);
        entities.load(changes.upserts());
        sink.flush();
        deltas.claimSanctions(dataset, entities.sanctionRecords());
        if (changes.delta()) {
            var moved = new LinkedHashMap<String, String>(entities.sanctionRecords());
            deltas.withdrawSanctions(dataset, moved);
            sink.warn(name + ": delta applied: " + changes.upserts().size() + " entit"
                    + (changes.upserts().size() == 1 ? "y" : "ies") + " added or modified, "
                    + changes.deleted().size() + " deleted (removed " + removed.nodes()
                    + " node(s), " + removed.links() + " link(s), " + removed.listings() + " listing(s)"
                    + (removed.kept() == 0 ? "" : "; kept " + removed.kept()
                            + " node(s) another dataset also states") + ")");
        }
    }

    /** The entities to write and the ids to delete; within one file, the last line for an id wins. */
    record Changes(List<FtmEntities.Line> upserts, List<String> deleted, boolean delta) {
    }

    static Changes parseLines(String name, String text, RowSink sink) {
        return parseLines(name, UTF8.lines(text.getBytes(StandardCharsets.UTF_8)), sink);
    }

    static Changes parseLines(String name, List<LineDecoder.Line> lines, RowSink sink) {
        var latest = new LinkedHashMap<String, Object>();
        var delta = false;
        for (var line : lines) {
            if (line.text().isBlank()) {
                continue;
            }
            var number = line.number();
            if (!line.valid()) {
                sink.reject(new Reject(name, number, line.problem(StandardCharsets.UTF_8), line.invalid()));
                continue;
            }
            var text = line.text();
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JacksonException e) {
                sink.reject(new Reject(name, number, "not a JSON entity: " + e.getOriginalMessage(), text));
                continue;
            }
            if (!node.isObject()) {
                sink.reject(new Reject(name, number, "not a FollowTheMoney entity: expected a JSON object",
                        text));
                continue;
            }
            var entity = node;
            var op = "ADD";
            if (node.has("op")) {
                delta = true;
                op = node.path("op").isString() ? node.path("op").asString().strip().toUpperCase(Locale.ROOT) : "";
                entity = node.path("entity");
                if (!OPS.contains(op)) {
                    sink.reject(new Reject(name, number, "unknown delta op '" + node.path("op")
                            + "'; expected ADD, MOD or DEL", text));
                    continue;
                }
                if (!entity.isObject()) {
                    sink.reject(new Reject(name, number, "a delta line needs an entity object", text));
                    continue;
                }
            }
            var id = entity.path("id").isString() ? entity.path("id").asString().strip() : "";
            if ("DEL".equals(op) && id.isEmpty()) {
                sink.reject(new Reject(name, number, "a DEL line needs the entity's id", text));
                continue;
            }
            // lines without an id are kept apart, so that the entity reader rejects them with their line number
            var key = id.isEmpty() ? "\u0000line " + number : id;
            latest.remove(key);
            latest.put(key, "DEL".equals(op) ? id : new FtmEntities.Line(number, entity));
        }
        var upserts = new ArrayList<FtmEntities.Line>();
        var deleted = new ArrayList<String>();
        for (var value : latest.values()) {
            if (value instanceof FtmEntities.Line line) {
                upserts.add(line);
            } else {
                deleted.add((String) value);
            }
        }
        upserts.sort(Comparator.comparingLong(FtmEntities.Line::number));
        return new Changes(upserts, deleted, delta);
    }
}
