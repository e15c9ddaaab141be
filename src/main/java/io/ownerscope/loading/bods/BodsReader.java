package io.ownerscope.loading.bods;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.ownerscope.loading.LineDecoder;
import io.ownerscope.loading.LoadException;
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
 * Loads Beneficial Ownership Data Standard files: a JSON array of statements (a BODS package) or JSON lines, one
 * statement a line. Goes through the same writer, validation and provenance as the canonical CSV format.
 */
public final class BodsReader implements SourceReader {

    public static final String FORMAT = "bods";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LineDecoder UTF8 = new LineDecoder(StandardCharsets.UTF_8);

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public SourceDescription describe(LoadInput input) {
        var file = input.singleFile(FORMAT);
        var bytes = file.readAllBytes();
        if (!isPackage(bytes)) {
            UTF8.requireMostlyDecodable(file.name(), bytes, "BODS files are UTF-8 JSON: convert it from NAME to UTF-8");
        }
        return new SourceDescription(List.of(file.name()), SourceFiles.checksum(bytes));
    }

    @Override
    public void read(LoadInput input, RowSink sink) {
        var file = input.singleFile(FORMAT);
        var name = file.name();
        var bytes = file.readAllBytes();
        var statements = new ArrayList<JsonNode>();
        if (isPackage(bytes)) {
            parseArray(name, SourceFiles.utf8(name, bytes, "BODS files are UTF-8 JSON"), statements);
        } else {
            parseLines(name, UTF8.lines(bytes), statements, sink);
        }
        new BodsStatements(name, sink).load(statements);
    }

    /** A BODS package is one JSON array; anything else is read as JSON lines. */
    private static boolean isPackage(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '[';
            }
        }
        return false;
    }

    private static void parseArray(String name, String text, List<JsonNode> statements) {
        try {
            JSON.readTree(text).forEach(statements::add);
        } catch (JacksonException e) {
            throw new LoadException(name + ": is not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + "); is the file complete?", e);
        }
    }

    private static void parseLines(String name, List<LineDecoder.Line> lines, List<JsonNode> statements,
            RowSink sink) {
        for (var line : lines) {
            if (line.text().isBlank()) {
                continue;
            }
            if (!line.valid()) {
                sink.reject(new Reject(name, line.number(), line.problem(StandardCharsets.UTF_8), line.invalid()));
                continue;
            }
            try {
                statements.add(JSON.readTree(line.text()));
            } catch (JacksonException e) {
                sink.reject(new Reject(name, line.number(), "not a JSON statement: " + e.getOriginalMessage(),
                        line.text()));
            }
        }
    }
}
