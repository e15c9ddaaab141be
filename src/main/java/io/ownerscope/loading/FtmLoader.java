package io.ownerscope.loading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads FollowTheMoney entities (OpenSanctions exports, yente data files): JSON lines, one entity a line. Goes through
 * the same writer, validation and provenance as the canonical CSV format.
 */
public final class FtmLoader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CsvLoader rows;

    public FtmLoader(CsvLoader rows) {
        this.rows = rows;
    }

    public LoadReport load(Path file, String dataset) {
        var bytes = SourceFiles.read(file);
        var name = String.valueOf(file.getFileName());
        var text = SourceFiles.utf8(name, bytes, "FollowTheMoney files are UTF-8 JSON lines");
        var checksum = SourceFiles.checksum(bytes);
        return rows.loadRows("ftm", dataset, file.toAbsolutePath().toString(), List.of(name), checksum,
                sink -> new FtmEntities(name, sink).load(parseLines(name, text, sink)));
    }

    private static List<FtmEntities.Line> parseLines(String name, String text, CsvLoader.RowSink sink) {
        var entities = new ArrayList<FtmEntities.Line>();
        var lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                var node = JSON.readTree(lines[i]);
                if (!node.isObject()) {
                    sink.reject(new Reject(name, i + 1, "not a FollowTheMoney entity: expected a JSON object",
                            lines[i]));
                    continue;
                }
                entities.add(new FtmEntities.Line(i + 1, node));
            } catch (JacksonException e) {
                sink.reject(new Reject(name, i + 1, "not a JSON entity: " + e.getOriginalMessage(), lines[i]));
            }
        }
        return entities;
    }
}
