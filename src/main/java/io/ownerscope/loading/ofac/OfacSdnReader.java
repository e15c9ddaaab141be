package io.ownerscope.loading.ofac;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.ownerscope.loading.Digests;
import io.ownerscope.loading.LoadException;
import io.ownerscope.loading.LoadInput;
import io.ownerscope.loading.RowSink;
import io.ownerscope.loading.SourceDescription;
import io.ownerscope.loading.SourceFiles;
import io.ownerscope.loading.SourceReader;

/**
 * Loads the OFAC SDN list in its legacy CSV form: a directory with {@code sdn.csv} (required) and, when present,
 * {@code alt.csv}, {@code add.csv} and {@code sdn_comments.csv}. Goes through the same writer, validation and
 * provenance as the canonical CSV format.
 */
public final class OfacSdnReader implements SourceReader {

    private static final List<String> FILES = List.of(OfacSdnRecords.SDN, OfacSdnRecords.ALT, OfacSdnRecords.ADD,
            OfacSdnRecords.COMMENTS);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static final String FORMAT = "ofac-sdn";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public SourceDescription describe(LoadInput input) {
        var bytes = files(input);
        var digest = Digests.sha256();
        bytes.forEach((name, content) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(content);
        });
        return new SourceDescription(new ArrayList<>(bytes.keySet()), HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public void read(LoadInput input, RowSink sink) {
        var texts = new TreeMap<String, String>();
        files(input).forEach((name, content) -> texts.put(name, decode(name, content, sink)));
        // links (Linked To) and listings come from sdn.csv
        sink.source(OfacSdnRecords.SDN);
        new OfacSdnRecords(sink).load(Map.copyOf(texts));
    }

    /** The list's files in the input directory, by name. */
    private static TreeMap<String, byte[]> files(LoadInput input) {
        if (!input.directory() || input.file(OfacSdnRecords.SDN).isEmpty()) {
            throw new LoadException(input.location() + ": has no " + OfacSdnRecords.SDN
                    + "; an OFAC SDN load needs a directory with at least that file");
        }
        var bytes = new TreeMap<String, byte[]>();
        for (var name : FILES) {
            input.file(name).ifPresent(file -> bytes.put(name, file.readAllBytes()));
        }
        return bytes;
    }

    /** UTF-8 when it is; otherwise windows-1252, the encoding OFAC's legacy files have been published in. */
    static String decode(String name, byte[] bytes, RowSink sink) {
        return SourceFiles.strictUtf8(bytes).orElseGet(() -> {
            sink.warn(name + ": is not valid UTF-8; read as windows-1252");
            return new String(bytes, WINDOWS_1252);
        });
    }
}
