package io.ownerscope.loading;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes rejected rows as JSON lines ({@code file}, {@code line}, {@code reason}, {@code raw}) for a data team to fix
 * and reload, as the load goes, so that an aborted or killed load keeps what it rejected. The file (and its
 * directory) is created on the first reject: a load without rejects leaves none.
 */
public final class RejectsFile implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path path;
    private BufferedWriter out;
    private long written;

    public RejectsFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** How many rejects were written so far. */
    public synchronized long written() {
        return written;
    }

    public synchronized void write(Reject reject) {
        var line = new LinkedHashMap<String, Object>();
        line.put("file", reject.file());
        line.put("line", reject.line());
        line.put("reason", reject.reason());
        line.put("raw", reject.raw());
        try {
            if (out == null) {
                var parent = path.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            }
            out.write(JSON.writeValueAsString(line));
            out.newLine();
            written++;
        } catch (IOException e) {
            throw new LoadException("Cannot write the rejects file " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new LoadException("Cannot write the rejects file " + path + ": " + e.getMessage(), e);
            }
        }
    }
}
