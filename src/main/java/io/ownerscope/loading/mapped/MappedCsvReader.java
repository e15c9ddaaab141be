package io.ownerscope.loading.mapped;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import io.ownerscope.loading.Digests;
import io.ownerscope.loading.EntitiesFileRow;
import io.ownerscope.loading.LineDecoder;
import io.ownerscope.loading.LoadException;
import io.ownerscope.loading.LoadInput;
import io.ownerscope.loading.Reject;
import io.ownerscope.loading.RelationshipRow;
import io.ownerscope.loading.RowRejectedException;
import io.ownerscope.loading.RowSink;
import io.ownerscope.loading.ShipmentRow;
import io.ownerscope.loading.SourceDescription;
import io.ownerscope.loading.SourceReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads a foreign CSV export through a mapping file that says how its columns become entities, links and shipments
 * ({@code load --format csv --mapping MAPPING.yml FILE}). Goes through the same writer, validation and provenance as
 * the canonical CSV format: a bad record is rejected with its file, line and reason and the rest loads; each entity,
 * link and shipment is identified by the mapping's keys, so loading the same file again changes nothing.
 */
public final class MappedCsvReader implements SourceReader {

    public static final String FORMAT = "mapped-csv";

    private final int batchSize;

    /** @param batchSize records read before their rows are handed to the sink */
    public MappedCsvReader(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /** Reads and checks a mapping file; a {@link MappingException} names the file, line and key at fault. */
    static Mapping mapping(Path file) {
        return MappingParser.read(file);
    }

    @Override
    public void check(LoadInput input) {
        mapping(input);
    }

    /** The mapping's file, checksum and encoding go into the run: the same file read another way is another run. */
    @Override
    public SourceDescription describe(LoadInput input) {
        var mapping = mapping(input);
        var file = input.singleFile("csv --mapping");
        var bytes = file.readAllBytes();
        var charset = charset(input, mapping);
        new LineDecoder(charset).requireMostlyDecodable(file.name(), bytes,
                "load it with --encoding NAME or say csv.encoding: NAME in the mapping " + mapping.file());
        var digest = Digests.sha256();
        digest.update(mapping.checksum().getBytes(StandardCharsets.UTF_8));
        if (input.encoding() != null) {
            digest.update(input.encoding().name().getBytes(StandardCharsets.UTF_8));
        }
        digest.update(bytes);
        return new SourceDescription(List.of(file.name()), HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public void read(LoadInput input, RowSink sink) {
        var mapping = mapping(input);
        var file = input.singleFile("csv --mapping");
        var charset = charset(input, mapping);
        var invalid = new TreeMap<Long, LineDecoder.Line>();
        var decoder = new LineDecoder(charset);
        try (var in = file.open(); var text = decoder.reader(in, line -> invalid.put(line.number(), line))) {
            read(file.name(), text, mapping, charset, invalid, sink);
        } catch (IOException e) {
            throw new LoadException(file.name() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static Mapping mapping(LoadInput input) {
        if (input.mapping() == null) {
            throw new LoadException("--format " + FORMAT + " needs a mapping file (--mapping MAPPING.yml)");
        }
        return mapping(input.mapping());
    }

    /** {@code --encoding} wins over the mapping's {@code csv.encoding}, which defaults to UTF-8. */
    private static Charset charset(LoadInput input, Mapping mapping) {
        return input.encoding() != null ? input.encoding() : mapping.csv().encoding();
    }

    /** Reads the decoded text of one file and sends what its records state to the sink. */
    void read(String name, String text, Mapping mapping, RowSink sink) {
        read(name, new StringReader(text), mapping, mapping.csv().encoding(), new TreeMap<>(), sink);
    }

    private void read(String name, Reader text, Mapping mapping, Charset charset,
            NavigableMap<Long, LineDecoder.Line> invalid, RowSink sink) {
        sink.source(name);
        var options = mapping.csv();
        var format = CSVFormat.RFC4180.builder()
                .setDelimiter(options.delimiter())
                .setQuote(options.quote())
                .setIgnoreEmptyLines(true)
                .get();
        try (var csv = CSVParser.parse(text, format)) {
            var records = csv.iterator();
            long nextLine = 1;
            CSVRecord headerRecord = null;
            for (int i = 0; i < options.headerRow() && records.hasNext(); i++) {
                headerRecord = records.next();
                nextLine = csv.getCurrentLineNumber() + 1;
            }
            if (headerRecord == null || csv.getRecordNumber() < options.headerRow()) {
                throw new LoadException(name + ": has no header row " + options.headerRow() + " (the mapping "
                        + mapping.file() + " says csv.header_row: " + options.headerRow() + ")");
            }
            var header = header(name, headerRecord, mapping);
            var rowsOf = new MappedRows(mapping, header);
            var batch = new Batch(sink);
            while (records.hasNext()) {
                var record = records.next();
                var line = nextLine;
                nextLine = csv.getCurrentLineNumber() + 1;
                var undecodable = invalid.subMap(line, true, nextLine - 1, true);
                if (!undecodable.isEmpty()) {
                    var bad = undecodable.firstEntry().getValue();
                    sink.reject(new Reject(name, line, bad.problem(charset), bad.invalid()));
                    undecodable.clear();
                    continue;
                }
                if (record.size() != header.size()) {
                    sink.reject(new Reject(name, line, "has " + record.size() + " cells, the header has "
                            + header.size(), MappedRows.raw(mapping, record)));
                    continue;
                }
                try {
                    batch.add(rowsOf.read(line, record));
                } catch (RowRejectedException e) {
                    sink.reject(new Reject(name, line, e.getMessage(), MappedRows.raw(mapping, record)));
                }
            }
            batch.flush();
        } catch (IOException e) {
            throw new LoadException(name + ": cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new LoadException(name + ": malformed CSV (the mapping " + mapping.file() + " says delimiter '"
                    + options.delimiter() + "'): " + e.getMessage(), e);
        }
    }

    /** The position of each column; every column the mapping reads must be there, once. */
    private static Map<String, Integer> header(String name, CSVRecord record, Mapping mapping) {
        var header = new LinkedHashMap<String, Integer>();
        var repeated = new HashSet<String>();
        for (int i = 0; i < record.size(); i++) {
            var column = record.get(i).strip();
            if (header.putIfAbsent(column, i) != null) {
                repeated.add(column);
            }
        }
        var problems = new ArrayList<String>();
        mapping.columns().forEach((column, where) -> {
            if (!header.containsKey(column)) {
                problems.add("column '" + column + "' (" + where + ") is not in the header");
            } else if (repeated.contains(column)) {
                problems.add("column '" + column + "' (" + where + ") is in the header twice");
            }
        });
        if (!problems.isEmpty()) {
            throw new LoadException(name + ": does not fit the mapping " + mapping.file() + ": "
                    + String.join("; ", problems) + "; the header has " + String.join(", ", header.keySet()));
        }
        return header;
    }

    /**
     * Records read but not yet written. Each entity is sent once, as its first record states it; a shipment id seen
     * before rejects its record, since it means the mapping's keys do not tell the shipments apart.
     */
    private final class Batch {
        private final RowSink sink;
        private final Set<String> entityIds = new HashSet<>();
        private final Set<String> relationshipIds = new HashSet<>();
        private final Map<String, Long> shipmentLines = new HashMap<>();
        private final List<EntitiesFileRow> entities = new ArrayList<>();
        private final List<RelationshipRow> relationships = new ArrayList<>();
        private final List<ShipmentRow> shipments = new ArrayList<>();
        private int records;

        Batch(RowSink sink) {
            this.sink = sink;
        }

        void add(MappedRows.Rows rows) {
            for (var shipment : rows.shipments()) {
                var first = shipmentLines.get(shipment.id());
                if (first != null) {
                    throw new RowRejectedException("duplicate shipment id '" + shipment.id() + "', first on line "
                            + first + "; do the mapping's keys tell the shipments apart?");
                }
            }
            rows.shipments().forEach(shipment -> shipmentLines.put(shipment.id(), shipment.line()));
            shipments.addAll(rows.shipments());
            rows.entities().stream().filter(entity -> entityIds.add(entity.id())).forEach(entities::add);
            rows.relationships().stream().filter(link -> relationshipIds.add(link.recordId()))
                    .forEach(relationships::add);
            if (++records == batchSize) {
                flush();
            }
        }

        void flush() {
            sink.entities(List.copyOf(entities));
            sink.relationships(List.copyOf(relationships));
            sink.shipments(List.copyOf(shipments));
            entities.clear();
            relationships.clear();
            shipments.clear();
            records = 0;
        }
    }
}
