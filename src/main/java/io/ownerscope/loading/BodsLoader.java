package io.ownerscope.loading;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
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
        var bytes = read(file);
        var name = String.valueOf(file.getFileName());
        var checksum = HexFormat.of().formatHex(Digests.sha256().digest(bytes));
        return rows.loadRows("bods", dataset, file.toAbsolutePath().toString(), List.of(name), checksum,
                sink -> {
                    var statements = new ArrayList<JsonNode>();
                    var text = decode(name, bytes);
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

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LoadException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String decode(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new LoadException(name + ": is not valid UTF-8", e);
        }
    }
}
