package io.ownerscope.loading.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.ownerscope.loading.AddressRow;
import io.ownerscope.loading.CsvRow;
import io.ownerscope.loading.DecodingCheck;
import io.ownerscope.loading.Digests;
import io.ownerscope.loading.EntitiesFileRow;
import io.ownerscope.loading.EntityRow;
import io.ownerscope.loading.InputFile;
import io.ownerscope.loading.LineDecoder;
import io.ownerscope.loading.LoadException;
import io.ownerscope.loading.LoadInput;
import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RelationshipRow;
import io.ownerscope.loading.RowRejectedException;
import io.ownerscope.loading.RowSink;
import io.ownerscope.loading.SanctionRow;
import io.ownerscope.loading.ShipmentRow;
import io.ownerscope.loading.SourceDescription;
import io.ownerscope.loading.SourceReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Reads the canonical CSV format ({@code --format csv}): {@code entities.csv}, {@code relationships.csv},
 * {@code sanctions.csv} and {@code shipments.csv} in a directory, in that order. A bad row is rejected alone with
 * its file, line and reason, a line whose bytes are not in the encoding too; a file that cannot be read at all
 * (missing required columns, cut inside a quoted value) is rejected as a whole and the other files load.
 */
public final class CanonicalCsvReader implements SourceReader {

    public static final String FORMAT = "csv";

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    /** How Commons CSV reports a file that ends inside a quoted value. */
    private static final Pattern UNTERMINATED_QUOTE = Pattern.compile(
            "\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

    private final int batchSize;

    /** @param batchSize rows handed to the sink at a time */
    public CanonicalCsvReader(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public SourceDescription describe(LoadInput input) {
        var files = canonicalFiles(input);
        var charset = charset(input);
        var digest = Digests.sha256();
        var buffer = new byte[64 * 1024];
        for (var file : files) {
            digest.update(file.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            var check = new DecodingCheck(charset);
            try (InputStream in = file.open()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                    check.feed(buffer, n);
                }
            } catch (IOException e) {
                throw new LoadException(file.name() + ": cannot be read: " + e.getMessage(), e);
            }
            if (check.foundInvalid()) {
                // rare: only then is the file read again, line by line, to tell a few bad lines from a wrong encoding
                new LineDecoder(charset).requireMostlyDecodable(file.name(), file.readAllBytes(),
                        "load it with --encoding NAME");
            }
        }
        return new SourceDescription(files.stream().map(InputFile::name).toList(),
                HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public void read(LoadInput input, RowSink sink) {
        var charset = charset(input);
        for (var file : canonicalFiles(input)) {
            sink.source(file.name());
            try {
                read(file, charset, sink);
            } catch (LoadException e) {
                var reason = e.getMessage().startsWith(file.name() + ": ")
                        ? e.getMessage().substring(file.name().length() + 2) : e.getMessage();
                sink.reject(new Reject(file.name(), Math.max(1, e.line()), reason, ""));
            }
        }
    }

    private static Charset charset(LoadInput input) {
        return input.encoding() == null ? StandardCharsets.UTF_8 : input.encoding();
    }

    /** The canonical files of the input, in load order. */
    private static List<InputFile> canonicalFiles(LoadInput input) {
        if (!input.directory()) {
            throw new LoadException("Not a directory: " + input.location() + "; --format csv reads a directory of "
                    + "the canonical files (" + CanonicalFile.fileNames() + "), or one file with --mapping");
        }
        var files = input.files().stream().filter(f -> CanonicalFile.isCanonical(f.name()))
                .sorted(Comparator.comparing(f -> CanonicalFile.byFileName(f.name()).ordinal())).toList();
        if (files.isEmpty()) {
            throw new LoadException("No canonical CSV file (" + CanonicalFile.fileNames() + ") in "
                    + input.location());
        }
        return files;
    }

    private void read(InputFile source, Charset charset, RowSink sink) {
        var file = CanonicalFile.byFileName(source.name());
        List<String> unknownColumns = switch (file) {
            case ENTITIES -> read(source, charset, file, unique(EntitiesFileRow::parse, row -> switch (row) {
                case EntityRow entity -> entity.id();
                case AddressRow address -> address.id();
            }), sink::entities, sink::reject);
            case RELATIONSHIPS -> read(source, charset, file, RelationshipRow::parse, sink::relationships,
                    sink::reject);
            case SANCTIONS -> read(source, charset, file, SanctionRow::parse, sink::sanctions, sink::reject);
            case SHIPMENTS -> read(source, charset, file, unique(ShipmentRow::parse, ShipmentRow::id),
                    sink::shipments, sink::reject);
        };
        unknownColumns.forEach(column -> sink.warn(source.name() + ": unknown column '" + column
                + "' was ignored"));
    }

    /** Rejects a second row with an id already seen in the same file. */
    private static <T> Function<CsvRow, T> unique(Function<CsvRow, T> parser, Function<T, String> id) {
        Map<String, Long> seen = new HashMap<>();
        return row -> {
            var parsed = parser.apply(row);
            var first = seen.putIfAbsent(id.apply(parsed), row.line());
            if (first != null) {
                throw new RowRejectedException("duplicate id '" + id.apply(parsed) + "', first on line " + first);
            }
            return parsed;
        };
    }

    /** As {@link #read(InputFile, Charset, CanonicalFile, Function, Consumer, Consumer)}, for a UTF-8 file. */
    <T> List<String> read(InputFile source, CanonicalFile file, Function<CsvRow, T> parser,
            Consumer<List<T>> batches, Consumer<Reject> rejects) {
        return read(source, StandardCharsets.UTF_8, file, parser, batches, rejects);
    }

    /**
     * Reads {@code source}, turns each record into a row with {@code parser}, and hands full batches to
     * {@code batches}. Returns the unknown columns that were ignored.
     */
    <T> List<String> read(InputFile source, Charset charset, CanonicalFile file, Function<CsvRow, T> parser,
            Consumer<List<T>> batches, Consumer<Reject> rejects) {
        try {
            return parse(source, charset, file, parser, rows -> pass(batches, rows), reject -> pass(rejects, reject));
        } catch (Delivered e) {
            // what the writer threw (a lost connection, too many rejects) is not a problem of the file
            throw e.getCause();
        }
    }

    private <T> List<String> parse(InputFile source, Charset charset, CanonicalFile file,
            Function<CsvRow, T> parser, Consumer<List<T>> batches, Consumer<Reject> rejects) {
        var decoder = new LineDecoder(charset);
        var invalid = new TreeMap<Long, LineDecoder.Line>();
        try (InputStream in = source.open(); Reader reader = decoder.reader(in, line -> invalid.put(line.number(),
                line)); var csv = CSVParser.parse(reader, CSV)) {
            var header = csv.getHeaderNames();
            var missing = file.requiredColumns().stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new LoadException(source.name() + ": missing required column(s) " + String.join(", ", missing)
                        + " in the header; found " + String.join(",", header));
            }
            if (!invalid.isEmpty()) {
                throw new LoadException(source.name() + ": its header " + invalid.firstEntry().getValue()
                        .problem(charset), 1, null);
            }
            var batch = new ArrayList<T>(batchSize);
            long nextLine = 2;
            for (var record : csv) {
                var row = new CsvRow(source.name(), nextLine, record);
                long lastLine = csv.getCurrentLineNumber();
                var undecodable = invalid.subMap(nextLine, true, lastLine, true);
                nextLine = lastLine + 1;
                if (!undecodable.isEmpty()) {
                    var line = undecodable.firstEntry().getValue();
                    rejects.accept(new Reject(source.name(), row.line(), line.problem(charset), line.invalid()));
                    undecodable.clear();
                    continue;
                }
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
            throw notDecodable(source, charset, e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw notDecodable(source, charset, coding);
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

    private static LoadException notDecodable(InputFile source, Charset charset, CharacterCodingException e) {
        return new LoadException(source.name() + ": is not valid " + charset.name()
                + "; load it with --encoding and the file's encoding", e);
    }
}
