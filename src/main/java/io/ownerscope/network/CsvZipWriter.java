package io.ownerscope.network;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a subgraph as a zip of {@code nodes.csv} and {@code edges.csv} in the columns Gephi's spreadsheet import
 * reads (Id and Label; Source, Target, Type as Directed, Weight), with the rest of each node and edge after them.
 * Text that a spreadsheet would take for a formula is written with a leading apostrophe.
 */
final class CsvZipWriter {

    static final List<String> NODE_COLUMNS = List.of("Id", "Label", "Type", "Country", "Listed", "Derived", "Russian",
            "Transshipment", "Datasets", "Sources", "SourceUrl");

    static final List<String> EDGE_COLUMNS = List.of("Source", "Target", "Type", "Id", "Kind", "Label", "Weight",
            "Share", "StartDate", "EndDate", "HsCodes", "ValueUsd", "Shipments", "Sources", "SourceUrl");

    private CsvZipWriter() {
    }

    static void write(Subgraph graph, OutputStream out) {
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("nodes.csv"));
            var nodes = printer(zip, NODE_COLUMNS);
            for (var node : graph.nodes()) {
                nodes.printRecord(text(node.id()), text(node.name()), node.type(), node.country(), node.listed(),
                        node.derived(), node.russian(), node.transshipment(), text(String.join("; ", node.datasets())),
                        text(ExportValues.sources(node.sources())), text(ExportValues.sourceUrl(node.sources())));
            }
            nodes.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("edges.csv"));
            var edges = printer(zip, EDGE_COLUMNS);
            for (var edge : graph.edges()) {
                var row = new ArrayList<Object>();
                row.add(text(edge.source()));
                row.add(text(edge.target()));
                row.add("Directed");
                row.add(text(edge.id()));
                row.add(edge.kind());
                row.add(text(edge.label()));
                row.add(ExportValues.weight(edge));
                row.add(edge.share());
                row.add(ExportValues.text(edge.startDate()));
                row.add(ExportValues.text(edge.endDate()));
                row.add(String.join("; ", edge.hsCodes()));
                row.add(edge.value() == null ? null : edge.value().toPlainString());
                row.add(edge.shipments());
                row.add(text(ExportValues.sources(edge.sources())));
                row.add(text(ExportValues.sourceUrl(edge.sources())));
                edges.printRecord(row);
            }
            edges.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV export", e);
        }
    }

    /** A printer on the zip entry that leaves the zip open when flushed. */
    private static CSVPrinter printer(ZipOutputStream zip, List<String> columns) throws IOException {
        var writer = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
    }

    /** Text as a cell: a value starting with =, +, -, @ or a control character gets a leading apostrophe. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        var first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static final class NonClosing extends java.io.FilterOutputStream {

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
