package io.ownerscope.loading.offline;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One CSV file of the offline importer's input: a header with typed columns, then one record per node or
 * relationship. A record put again under the same key replaces the earlier one, as a MERGE over Bolt would: the
 * earlier record is dropped when the file is closed.
 */
final class OfflineImportFile implements AutoCloseable {

    /** Separates the elements of array properties; never part of a text a source gives. */
    static final char ARRAY_DELIMITER = '\u001F';

    private final Path path;
    private final BufferedWriter out;
    private final Map<String, Long> ordinals = new HashMap<>();
    private final Set<Long> replaced = new HashSet<>();
    private long records;
    private boolean multiline;

    OfflineImportFile(Path path, List<String> header) {
        this.path = path;
        try {
            out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            out.write(String.join(",", header));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    Path path() {
        return path;
    }

    long records() {
        return records - replaced.size();
    }

    /** Whether a text value spans lines, so the importer must read quoted fields across lines. */
    boolean multiline() {
        return multiline;
    }

    /** Writes a record that replaces the one put earlier with the same key, if any. */
    void put(String key, List<?> values) {
        var earlier = ordinals.put(key, records);
        if (earlier != null) {
            replaced.add(earlier);
        }
        add(values);
    }

    /** Writes a record that nothing replaces. */
    void add(List<?> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                write(values.get(i), out);
            }
            out.write('\n');
            records++;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    private void write(Object value, Writer out) throws IOException {
        switch (value) {
            case null -> { }
            case String text -> quoted(text, out);
            case LocalDate date -> out.write(date.toString());
            case ZonedDateTime time -> out.write(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
            case List<?> list when list.isEmpty() -> out.write("\"\"");
            case List<?> list -> {
                var joined = new StringBuilder();
                for (var element : list) {
                    if (!joined.isEmpty()) {
                        joined.append(ARRAY_DELIMITER);
                    }
                    joined.append(element);
                }
                quoted(joined.toString(), out);
            }
            default -> out.write(value.toString());
        }
    }

    private void quoted(String text, Writer out) throws IOException {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            multiline = true;
        }
        out.write('"');
        out.write(text.replace("\"", "\"\""));
        out.write('"');
    }

    @Override
    public void close() {
        try {
            out.close();
            if (!replaced.isEmpty()) {
                dropReplacedRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path, e);
        }
    }

    /** Copies the file without the records that later ones replaced; a record ends at a newline outside quotes. */
    private void dropReplacedRecords() throws IOException {
        var copy = path.resolveSibling(path.getFileName() + ".tmp");
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                BufferedWriter kept = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
            kept.write(in.readLine());
            kept.write('\n');
            var record = new StringBuilder();
            long ordinal = 0;
            boolean quoted = false;
            for (int c; (c = in.read()) >= 0; ) {
                record.append((char) c);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\n' && !quoted) {
                    if (!replaced.contains(ordinal)) {
                        kept.append(record);
                    }
                    record.setLength(0);
                    ordinal++;
                }
            }
        }
        Files.move(copy, path, StandardCopyOption.REPLACE_EXISTING);
    }
}
