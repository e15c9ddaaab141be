package io.ownerscope.testing;

import java.nio.file.Path;
import java.util.List;

import io.ownerscope.graph.Graph;
import io.ownerscope.loading.GraphWriter;
import io.ownerscope.loading.LoadEngine;
import io.ownerscope.loading.LoadInput;
import io.ownerscope.loading.LoadReport;
import io.ownerscope.loading.LoadService;
import io.ownerscope.loading.SourceReader;
import io.ownerscope.loading.bods.BodsReader;
import io.ownerscope.loading.csv.CanonicalCsvReader;
import io.ownerscope.loading.ftm.FtmReader;
import io.ownerscope.loading.gleif.GleifLeiReader;
import io.ownerscope.loading.gleif.GleifRepexReader;
import io.ownerscope.loading.gleif.GleifRrReader;
import io.ownerscope.loading.mapped.MappedCsvReader;
import io.ownerscope.loading.ofac.OfacSdnReader;
import io.ownerscope.loading.un.UnListReader;

/** Loads into a test graph with every reader, as the application wires them, without Spring. */
public final class TestLoads {

    private TestLoads() {
    }

    public static LoadService service(Graph graph, int batchSize) {
        return service(graph, new LoadEngine(batchSize));
    }

    public static LoadService service(Graph graph, LoadEngine engine) {
        return new LoadService(engine, new GraphWriter(graph), readers(graph, engine.batchSize()));
    }

    /** Loads of one format into the graph, file by file, as {@code load --format FORMAT PATH} does. */
    public static Format format(Graph graph, String format) {
        return new Format(service(graph, 1000), format);
    }

    public record Format(LoadService service, String format) {

        public LoadReport load(Path path, String dataset) {
            return service.load(format, LoadInput.of(path, dataset));
        }

        /** A CSV file read through a mapping, as {@code load --format csv --mapping MAPPING PATH} does. */
        public LoadReport load(Path mapping, Path path, String dataset) {
            return service.load(format, LoadInput.of(path, dataset).withMapping(mapping));
        }
    }

    public static List<SourceReader> readers(Graph graph, int batchSize) {
        return List.of(new CanonicalCsvReader(batchSize), new MappedCsvReader(batchSize), new FtmReader(graph),
                new BodsReader(), new GleifLeiReader(), new GleifRrReader(), new GleifRepexReader(),
                new OfacSdnReader(), new UnListReader());
    }
}
