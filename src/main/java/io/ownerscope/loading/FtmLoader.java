package io.ownerscope.loading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.ownerscope.graph.Graph;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads FollowTheMoney entities (OpenSanctions exports, yente data files): JSON lines, one entity a line, or yente
 * delta files, one {@code {"op": "ADD"|"MOD"|"DEL", "entity": {...}}} a line. ADD and MOD write the entity as a full
 * line does; DEL withdraws what the dataset wrote under that id. Goes through the same writer, validation and
 * provenance as the canonical CSV format.
 */
public final class FtmLoader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> OPS = Set.of("ADD", "MOD", "DEL");

    private final CsvLoader rows;
    private final FtmDeltas deltas;

    public FtmLoader(CsvLoader rows, Graph graph) {
        this.rows = rows;
        this.deltas = new FtmDeltas(graph);
    }

    public LoadReport load(Path file, String dataset) {
        var bytes = SourceFiles.read(file);
        var name = String.valueOf(file.getFileName());
        var text = SourceFiles.utf8(name, bytes, "FollowTheMoney files are UTF-8 JSON lines");
        var checksum = SourceFiles.checksum(bytes);
        return rows.loadRows("ftm", dataset, file.toAbsolutePath().toString(), List.of(name), checksum,
                sink -> {
                    var changes = parseLines(name, text, sink);
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
                });
    }

    /** The entities to write and the ids to delete; within one file, the last line for an id wins. */
    record Changes(List<FtmEntities.Line> upserts, List<String> deleted, boolean delta) {
    }

    static Changes parseLines(String name, String text, CsvLoader.RowSink sink) {
        var latest = new LinkedHashMap<String, Object>();
        var delta = false;
        var lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            var number = i + 1L;
            JsonNode node;
            try {
                node = JSON.readTree(lines[i]);
            } catch (JacksonException e) {
                sink.reject(new Reject(name, number, "not a JSON entity: " + e.getOriginalMessage(), lines[i]));
                continue;
            }
            if (!node.isObject()) {
                sink.reject(new Reject(name, number, "not a FollowTheMoney entity: expected a JSON object",
                        lines[i]));
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
                            + "'; expected ADD, MOD or DEL", lines[i]));
                    continue;
                }
                if (!entity.isObject()) {
                    sink.reject(new Reject(name, number, "a delta line needs an entity object", lines[i]));
                    continue;
                }
            }
            var id = entity.path("id").isString() ? entity.path("id").asString().strip() : "";
            if ("DEL".equals(op) && id.isEmpty()) {
                sink.reject(new Reject(name, number, "a DEL line needs the entity's id", lines[i]));
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
