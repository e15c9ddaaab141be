package io.ownerscope.loading.gleif;

import java.util.TreeMap;

import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RowSink;
import io.ownerscope.loading.WholeFileReader;
import io.ownerscope.loading.XmlRecords;

/**
 * Reads GLEIF reporting exceptions (why an entity reports no accounting parent: non-consolidating, natural persons,
 * non-public, ...). They state no link, so nothing is written to the graph: the load run records a summary, one
 * warning per category and reason with its count.
 */
public final class GleifRepexReader extends WholeFileReader {

    public static final String FORMAT = "gleif-repex";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    protected void readFile(String name, byte[] bytes, RowSink sink) {
        read(name, bytes, sink);
    }

    static void read(String file, byte[] bytes, RowSink sink) {
        var counts = new TreeMap<String, Integer>();
        XmlRecords.records(file, bytes, "Exception", record -> {
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
