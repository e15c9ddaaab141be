package io.ownerscope.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows as CSV (RFC 4180, a header row) as they arrive. A cut-short answer ends with a comment line
 * {@code # truncated: ...}, so that nobody mistakes the first rows for all of them.
 */
final class CsvRows implements RowSink {

    private final Writer out;
    private final boolean noteTruncation;
    private CSVPrinter printer;

    /** @param noteTruncation end a cut-short answer with a {@code # truncated} line (the API; the CLI says it apart) */
    CsvRows(Writer out, boolean noteTruncation) {
        this.out = out;
        this.noteTruncation = noteTruncation;
    }

    @Override
    public void start(List<String> columns) {
        if (printer != null) {
            throw new IllegalStateException("Neo4j retried the query after rows were written; run it again");
        }
        try {
            printer = CSVFormat.RFC4180.builder().setCommentMarker('#').get().print(out);
            printer.printRecord(columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(List<Object> values) {
        try {
            printer.printRecord(values.stream().map(Values::text).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish(RunSummary summary) {
        try {
            if (summary.truncated() && noteTruncation) {
                printer.printComment("truncated: the query has more rows than its cap of " + summary.maxRows()
                        + "; only the first " + summary.maxRows() + " are here");
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A failure after rows went out, when no error status can be sent any more. */
    void error(String message) {
        try {
            if (printer != null) {
                printer.printComment("error: " + message);
                printer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
