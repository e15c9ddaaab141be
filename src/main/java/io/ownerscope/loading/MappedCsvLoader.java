package io.ownerscope.loading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads a foreign CSV export through a mapping file that says how its columns become entities, links and shipments
 * ({@code load --format csv --mapping MAPPING.yml FILE}). Goes through the same writer, validation and provenance as
 * the canonical CSV format: a bad record is rejected with its file, line and reason and the rest loads; each entity,
 * link and shipment is identified by the mapping's keys, so loading the same file again changes nothing.
 */
public final class MappedCsvLoader {

    private final CsvLoader rows;
    private final int batchSize;

    public MappedCsvLoader(CsvLoader rows, int batchSize) {
        this.rows = rows;
        this.batchSize = batchSize;
    }

    /** Reads and checks a mapping file; a {@link MappingException} names the file, line and key at fault. */
    static Mapping mapping(Path file) {
        return MappingParser.read(file);
    }

    public LoadReport load(Path mappingFile, Path file, String dataset) {
        return load(mapping(mappingFile), file, dataset);
    }

    LoadReport load(Mapping mapping, Path file, String dataset) {
        var bytes = SourceFiles.read(file);
        var name = String.valueOf(file.getFileName());
        var text = decode(name, bytes, mapping);
        var digest = Digests.sha256();
        digest.update(mapping.checksum().getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        var checksum = HexFormat.of().formatHex(digest.digest());
        return rows.loadRows("mapped-csv", dataset, file.toAbsolutePath() + " (mapping " + mapping.file() + ")",
                List.of(name), checksum, sink -> read(name, text, mapping, sink));
    }

    /** Reads the decoded text of one file and sends what its records state to the sink. */
    void read(String name, String text, Mapping mapping, CsvLoader.RowSink sink) {
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

    /** The text in the mapping's encoding, without a byte-order mark; bytes that are not in it stop the load. */
    static String decode(String name, byte[] bytes, Mapping mapping) {
        var encoding = mapping.csv().encoding();
        try {
            var text = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new LoadException(name + ": is not valid " + encoding.name() + " (the mapping " + mapping.file()
                    + " says csv.encoding: " + encoding.name() + ")", e);
        }
    }

    /**
     * Records read but not yet written. Each entity is sent once, as its first record states it; a shipment id seen
     * before rejects its record, since it means the mapping's keys do not tell the shipments apart.
     */
    private final class Batch {
        private final CsvLoader.RowSink sink;
        private final Set<String> entityIds = new HashSet<>();
        private final Set<String> relationshipIds = new HashSet<>();
        private final Map<String, Long> shipmentLines = new HashMap<>();
        private final List<EntitiesFileRow> entities = new ArrayList<>();
        private final List<RelationshipRow> relationships = new ArrayList<>();
        private final List<ShipmentRow> shipments = new ArrayList<>();
        private int records;

        Batch(CsvLoader.RowSink sink) {
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
