package io.ownerscope.loading;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
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
        var bytes = read(file);
        var name = String.valueOf(file.getFileName());
        var text = decode(name, bytes);
        var checksum = HexFormat.of().formatHex(Digests.sha256().digest(bytes));
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
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new LoadException(name + ": is not valid UTF-8; FollowTheMoney files are UTF-8 JSON lines", e);
        }
    }
}
