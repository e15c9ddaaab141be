package io.ownerscope.loading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads Beneficial Ownership Data Standard files: a JSON array of statements (a BODS package) or JSON lines, one
 * statement a line. Goes through the same writer, validation and provenance as the canonical CSV format.
 */
public final class BodsLoader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CsvLoader rows;

    public BodsLoader(CsvLoader rows) {
        this.rows = rows;
    }

    public LoadReport load(Path file, String dataset) {
        var bytes = SourceFiles.read(file);
        var name = String.valueOf(file.getFileName());
        var checksum = SourceFiles.checksum(bytes);
        return rows.loadRows("bods", dataset, file.toAbsolutePath().toString(), List.of(name), checksum,
                sink -> {
                    var statements = new ArrayList<JsonNode>();
                    var text = SourceFiles.utf8(name, bytes, "BODS files are UTF-8 JSON");
                    if (text.stripLeading().startsWith("[")) {
                        parseArray(name, text, statements);
                    } else {
                        parseLines(name, text, statements, sink);
                    }
                    new BodsStatements(name, sink).load(statements);
                });
    }

    private static void parseArray(String name, String text, List<JsonNode> statements) {
        try {
            JSON.readTree(text).forEach(statements::add);
        } catch (JacksonException e) {
            throw new LoadException(name + ": is not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + "); is the file complete?", e);
        }
    }

    private static void parseLines(String name, String text, List<JsonNode> statements, CsvLoader.RowSink sink) {
        var lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                statements.add(JSON.readTree(lines[i]));
            } catch (JacksonException e) {
                sink.reject(new Reject(name, i + 1, "not a JSON statement: " + e.getOriginalMessage(), lines[i]));
            }
        }
    }
}
