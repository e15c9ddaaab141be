package io.ownerscope.loading;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The loads of this application into its graph: the readers of every format, found by name, and the engine that
 * writes what they read through Bolt.
 */
public final class LoadService {

    private final LoadEngine engine;
    private final RowWriter graph;
    private final Map<String, SourceReader> readers = new TreeMap<>();

    public LoadService(LoadEngine engine, RowWriter graph, Collection<SourceReader> readers) {
        this.engine = engine;
        this.graph = graph;
        for (var reader : readers) {
            if (this.readers.putIfAbsent(reader.format(), reader) != null) {
                throw new IllegalStateException("two readers of the format " + reader.format());
            }
        }
    }

    /** The format names {@code load --format} takes. */
    public SortedSet<String> formats() {
        return new TreeSet<>(readers.keySet());
    }

    public Optional<SourceReader> reader(String format) {
        return Optional.ofNullable(readers.get(format));
    }

    public LoadEngine engine() {
        return engine;
    }

    /** Where loads into this application's graph write: the graph, over Bolt. */
    public RowWriter graphWriter() {
        return graph;
    }

    public LoadReport load(String format, LoadInput input, LoadOptions options) {
        var reader = reader(format).orElseThrow(() -> new LoadException("unknown format '" + format
                + "'; expected one of " + String.join(", ", formats())));
        return engine.load(reader, input, options, graph);
    }

    public LoadReport load(String format, LoadInput input) {
        return load(format, input, LoadOptions.DEFAULT);
    }

    /** Loads files of the canonical CSV format, e.g. built in memory. */
    public LoadReport load(List<InputFile> files, String dataset, String location) {
        return load("csv", LoadInput.files(dataset, location, files));
    }
}
