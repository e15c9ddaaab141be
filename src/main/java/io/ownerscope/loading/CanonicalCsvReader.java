package io.ownerscope.loading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Reads one canonical CSV file as batches of typed rows. A bad row becomes a {@link Reject} and reading goes on;
 * a file that cannot be read at all (missing required columns, not UTF-8) stops with a {@link LoadException}.
 */
final class CanonicalCsvReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    /** How Commons CSV reports a file that ends inside a quoted value. */
    private static final Pattern UNTERMINATED_QUOTE = Pattern.compile(
            "\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

    private final int batchSize;

    CanonicalCsvReader(int batchSize) {
        this.batchSize = batchSize;
    }

    /**
     * Reads {@code source}, turns each record into a row with {@code parser}, and hands full batches to
     * {@code batches}. Returns the unknown columns that were ignored.
     */
    <T> List<String> read(CsvSource source, CanonicalFile file, Function<CsvRow, T> parser,
            Consumer<List<T>> batches, Consumer<Reject> rejects) {
        try {
            return parse(source, file, parser, rows -> pass(batches, rows), reject -> pass(rejects, reject));
        } catch (Delivered e) {
            // what the writer threw (a lost connection, too many rejects) is not a problem of the file
            throw e.getCause();
        }
    }

    private <T> List<String> parse(CsvSource source, CanonicalFile file, Function<CsvRow, T> parser,
            Consumer<List<T>> batches, Consumer<Reject> rejects) {
        try (Reader reader = utf8Reader(source); var csv = CSVParser.parse(reader, FORMAT)) {
            var header = csv.getHeaderNames();
            var missing = file.requiredColumns().stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new LoadException(source.name() + ": missing required column(s) " + String.join(", ", missing)
                        + " in the header; found " + String.join(",", header));
            }
            var batch = new ArrayList<T>(batchSize);
            long nextLine = 2;
            for (var record : csv) {
                var row = new CsvRow(source.name(), nextLine, record);
                nextLine = csv.getCurrentLineNumber() + 1;
                if (record.size() != header.size()) {
                    rejects.accept(row.reject("has " + record.size() + " cells, the header has " + header.size()));
                    continue;
                }
                try {
                    batch.add(parser.apply(row));
                } catch (RowRejectedException e) {
                    rejects.accept(row.reject(e.getMessage()));
                    continue;
                }
                if (batch.size() == batchSize) {
                    batches.accept(List.copyOf(batch));
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                batches.accept(List.copyOf(batch));
            }
            return header.stream().filter(c -> !file.knows(c)).toList();
        } catch (CharacterCodingException e) {
            throw notUtf8(source, e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw notUtf8(source, coding);
            }
            var unterminated = UNTERMINATED_QUOTE.matcher(String.valueOf(e.getCause().getMessage()));
            if (unterminated.find()) {
                long line = Long.parseLong(unterminated.group(1));
                throw new LoadException(source.name() + ": ends inside a quoted value that starts on line " + line
                        + "; is the file complete?", line, e);
            }
            throw new LoadException(source.name() + ": cannot be read: " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new LoadException(source.name() + ": cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports duplicate or empty header names and unterminated quotes this way.
            throw new LoadException(source.name() + ": malformed CSV: " + e.getMessage(), e);
        }
    }

    private static <T> void pass(Consumer<T> consumer, T value) {
        try {
            consumer.accept(value);
        } catch (RuntimeException e) {
            throw new Delivered(e);
        }
    }

    /** Carries what a consumer of the rows threw past the handlers of parse errors. */
    private static final class Delivered extends RuntimeException {
        Delivered(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    private static LoadException notUtf8(CsvSource source, CharacterCodingException e) {
        return new LoadException(source.name() + ": is not valid UTF-8; save it as UTF-8 and load again", e);
    }

    /** A strict UTF-8 reader that drops a leading byte-order mark. */
    private static Reader utf8Reader(CsvSource source) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new PushbackReader(new BufferedReader(new InputStreamReader(source.open(), decoder)), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
