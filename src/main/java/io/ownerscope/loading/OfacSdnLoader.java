package io.ownerscope.loading;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads the OFAC SDN list in its legacy CSV form: a directory with {@code sdn.csv} (required) and, when present,
 * {@code alt.csv}, {@code add.csv} and {@code sdn_comments.csv}. Goes through the same writer, validation and
 * provenance as the canonical CSV format.
 */
public final class OfacSdnLoader {

    private static final List<String> FILES = List.of(OfacSdnRecords.SDN, OfacSdnRecords.ALT, OfacSdnRecords.ADD,
            OfacSdnRecords.COMMENTS);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final CsvLoader rows;

    public OfacSdnLoader(CsvLoader rows) {
        this.rows = rows;
    }

    public LoadReport load(Path directory, String dataset) {
        if (!Files.isRegularFile(directory.resolve(OfacSdnRecords.SDN))) {
            throw new LoadException(directory + ": has no " + OfacSdnRecords.SDN
                    + "; an OFAC SDN load needs at least that file");
        }
        var bytes = new TreeMap<String, byte[]>();
        for (var name : FILES) {
            var file = directory.resolve(name);
            if (Files.isRegularFile(file)) {
                bytes.put(name, SourceFiles.read(file));
            }
        }
        var digest = Digests.sha256();
        bytes.forEach((name, content) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(content);
        });
        var checksum = HexFormat.of().formatHex(digest.digest());
        return rows.loadRows("ofac-sdn", dataset, directory.toAbsolutePath().toString(),
                new ArrayList<>(bytes.keySet()), checksum, sink -> {
                    var texts = new TreeMap<String, String>();
                    bytes.forEach((name, content) -> texts.put(name, decode(name, content, sink)));
                    // links (Linked To) and listings come from sdn.csv
                    sink.source(OfacSdnRecords.SDN);
                    new OfacSdnRecords(sink).load(Map.copyOf(texts));
                });
    }

    /** UTF-8 when it is; otherwise windows-1252, the encoding OFAC's legacy files have been published in. */
    static String decode(String name, byte[] bytes, CsvLoader.RowSink sink) {
        return SourceFiles.strictUtf8(bytes).orElseGet(() -> {
            sink.warn(name + ": is not valid UTF-8; read as windows-1252");
            return new String(bytes, WINDOWS_1252);
        });
    }
}
