package io.ownerscope.loading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/** Writes rejected rows as JSON lines (file, line, reason, raw) for a data team to fix and reload. */
public final class RejectsFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RejectsFile() {
    }

    public static void write(Path path, List<Reject> rejects) throws IOException {
        try (var out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            for (var reject : rejects) {
                var line = new LinkedHashMap<String, Object>();
                line.put("file", reject.file());
                line.put("line", reject.line());
                line.put("reason", reject.reason());
                line.put("raw", reject.raw());
                out.write(JSON.writeValueAsString(line));
                out.newLine();
            }
        }
    }
}
