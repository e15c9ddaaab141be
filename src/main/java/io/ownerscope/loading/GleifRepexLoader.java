package io.ownerscope.loading;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

/**
 * Reads GLEIF reporting exceptions (why an entity reports no accounting parent: non-consolidating, natural persons,
 * non-public, ...). They state no link, so nothing is written to the graph: the load run records a summary, one
 * warning per category and reason with its count.
 */
public final class GleifRepexLoader {

    private final CsvLoader rows;

    public GleifRepexLoader(CsvLoader rows) {
        this.rows = rows;
    }

    public LoadReport load(Path file, String dataset) {
        var bytes = SourceFiles.read(file);
        var name = String.valueOf(file.getFileName());
        var checksum = SourceFiles.checksum(bytes);
        return rows.loadRows("gleif-repex", dataset, file.toAbsolutePath().toString(), List.of(name), checksum,
                sink -> read(name, bytes, sink));
    }

    static void read(String file, byte[] bytes, CsvLoader.RowSink sink) {
        var counts = new TreeMap<String, Integer>();
        GleifXml.records(file, bytes, "Exception", record -> {
            var exception = record.element();
            if (exception.text("LEI") == null) {
                sink.reject(new Reject(file, record.line(), "reporting exception without a LEI", "Exception"));
                return;
            }
            counts.merge(exception.text("ExceptionCategory") + " " + exception.text("ExceptionReason"), 1,
                    Integer::sum);
        });
        counts.forEach((reason, count) -> sink.warn(file + ": " + count + " reporting exception(s) " + reason
                + "; not loaded, ownerscope records no link for them"));
    }
}
