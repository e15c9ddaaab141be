package io.ownerscope.loading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import io.ownerscope.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a set of canonical CSV files ({@code entities.csv}, {@code relationships.csv}, {@code sanctions.csv},
 * {@code shipments.csv}) into the graph. Rows are validated, checked for dangling references and merged on their
 * ids, so loading the same files twice changes nothing; every record carries its dataset, record id and load run.
 */
public final class CsvLoader {

    private static final Logger LOG = LoggerFactory.getLogger(CsvLoader.class);
    private static final ThreadLocal<LoadOptions> OPTIONS = ThreadLocal.withInitial(() -> LoadOptions.DEFAULT);

    private final int batchSize;
    private final int writers;
    private final Consumer<LoadReport> afterLoad;
    private RowWriter writer;

    public CsvLoader(Graph graph, int batchSize) {
        this(graph, batchSize, LoadSettings.DEFAULT_WRITERS, report -> { });
    }

    /**
     * @param writers write transactions in flight at once while the rows that follow are read and checked
     * @param afterLoad told of every finished load, e.g. to refresh what is derived from the loaded facts
     */
    public CsvLoader(Graph graph, int batchSize, int writers, Consumer<LoadReport> afterLoad) {
        this(new GraphWriter(graph), batchSize, writers, afterLoad);
    }

    CsvLoader(RowWriter writer, int batchSize, int writers, Consumer<LoadReport> afterLoad) {
        this.writer = writer;
        this.batchSize = batchSize;
        this.writers = writers;
        this.afterLoad = afterLoad;
    }

    /** Runs {@code load} with its rows going to {@code target} instead of the graph (an initial offline import). */
    synchronized <T> T writingTo(RowWriter target, java.util.function.Supplier<T> load) {
        var previous = writer;
        writer = target;
        try {
            return load.get();
        } finally {
            writer = previous;
        }
    }

    public LoadReport load(List<CsvSource> sources, String dataset, String sourceDescription) {
        var ordered = sources.stream()
                .sorted(Comparator.comparing(s -> CanonicalFile.byFileName(s.name()).ordinal()))
                .toList();
        var notUtf8 = new HashMap<String, Utf8Check.Location>();
        return loadRows("csv", dataset, sourceDescription, ordered.stream().map(CsvSource::name).toList(),
                checksum(ordered, notUtf8), progress -> {
                    for (var source : ordered) {
                        var invalid = notUtf8.get(source.name());
                        if (invalid != null) {
                            // rejected whole before any of its rows is written, so a fixed file loads cleanly
                            progress.source(source.name());
                            progress.reject(new Reject(source.name(), invalid.line(), "is not valid UTF-8 at "
                                    + invalid + "; no row of this file was loaded: save it as UTF-8 and load again",
                                    ""));
                            continue;
                        }
                        try {
                            loadFile(source, progress);
                        } catch (LoadAbortedException | RejectLimitReached e) {
                            throw e;
                        } catch (LoadException e) {
                            var reason = e.getMessage().startsWith(source.name() + ": ")
                                    ? e.getMessage().substring(source.name().length() + 2) : e.getMessage();
                            progress.reject(new Reject(source.name(), Math.max(1, e.line()), reason, ""));
                        }
                    }
                });
    }

    /**
     * Runs {@code load} with these options: where rejects go, how many are tolerated, how progress is shown.
     * Loads of every format that run inside it, on this thread, use them.
     */
    <T> T withOptions(LoadOptions options, Supplier<T> load) {
        var previous = OPTIONS.get();
        OPTIONS.set(options);
        try {
            return load.get();
        } finally {
            OPTIONS.set(previous);
        }
    }

    /**
     * Runs one load of rows that a reader of any format produces: entities first, then the links between them.
     * Rows are written in batches of the configured size, rejects go to the rejects file as they come, and the
     * {@code LoadRun} records how the load ended: {@code completed}, {@code completed with rejects}, {@code aborted}
     * (more rejects than tolerated) or {@code failed} (the input could not be read to its end). A run that is loaded
     * again with the same input keeps its id and time, so a load killed at any point and run again ends as one
     * clean load.
     *
     * @param checksum of the input, so that the same input is recognised as the same load run
     */
    LoadReport loadRows(String format, String dataset, String sourceDescription, List<String> files,
            String checksum, Consumer<RowSink> reader) {
        var options = OPTIONS.get();
        var runId = format + ":" + dataset + ":" + checksum.substring(0, 16);
        var started = writer.startLoadRun(runId, dataset, format, sourceDescription, files, checksum);
        var run = started.run();
        try (var writes = new ConcurrentWrites(Math.min(writers, writer.writeThreads()))) {
            return loadRows(run, started, files, format, options, writes, reader);
        }
    }

    private LoadReport loadRows(LoadRun run, RowWriter.StartedRun started, List<String> files, String format,
            LoadOptions options, ConcurrentWrites writes, Consumer<RowSink> reader) {
        var sink = new Progress(run, files.size() == 1 ? files.getFirst() : format, options, writes);
        if (started.previousStatus() != null && !started.previousStatus().startsWith("completed")) {
            sink.warn("load run " + run.id() + " was left " + started.previousStatus()
                    + "; it was loaded again from the start under the same id and time");
        }
        var progress = options.progress();
        progress.start(format, files);
        try {
            reader.accept(sink);
            writes.awaitAll();
        } catch (RejectLimitReached e) {
            writes.awaitQuietly();
            var reason = sink.rejected + (sink.rejected == 1 ? " row" : " rows") + " rejected, more than the "
                    + options.maxRejects() + " tolerated (--max-rejects)";
            var report = stop(run, "aborted", reason, sink);
            throw new LoadAbortedException("Load run " + run.id() + " aborted: " + reason + "; the "
                    + "batches written before stay in the graph; fix the input and load again", report);
        } catch (LoadAbortedException e) {
            throw e;
        } catch (LoadException e) {
            writes.awaitQuietly();
            stop(run, "failed", e.getMessage(), sink);
            throw e;
        } finally {
            progress.close();
        }
        var counts = sink.counts();
        writer.finishLoadRun(run, counts.rejected() == 0 ? "completed" : "completed with rejects", counts, null);
        LOG.info("Load run {} finished: {}", run.id(), counts);
        var report = sink.report();
        afterLoad.accept(report);
        return report;
    }

    /** Records an aborted or failed run and refreshes what is derived from the batches it wrote. */
    private LoadReport stop(LoadRun run, String status, String reason, Progress sink) {
        writer.finishLoadRun(run, status, sink.counts(), reason);
        LOG.info("Load run {} {}: {}; {}", run.id(), status, reason, sink.counts());
        var report = sink.report();
        afterLoad.accept(report);
        return report;
    }

    /** Where readers send what they read. */
    interface RowSink {
        /**
         * The file the rows that follow come from, named in their rejects; a load of a single file need not say.
         */
        default void source(String file) {
        }

        void entities(List<EntitiesFileRow> rows);

        void relationships(List<RelationshipRow> rows);

        void sanctions(List<SanctionRow> rows);

        void shipments(List<ShipmentRow> rows);

        void reject(Reject reject);

        void warn(String warning);

        /**
         * Waits until every row handed over so far is written; a reader calls it before it reads or writes the
         * graph itself.
         */
        default void flush() {
        }
    }

    private void loadFile(CsvSource source, RowSink progress) {
        progress.source(source.name());
        var file = CanonicalFile.byFileName(source.name());
        var reader = new CanonicalCsvReader(batchSize);
        List<String> unknownColumns = switch (file) {
            case ENTITIES -> reader.read(source, file, unique(EntitiesFileRow::parse, row -> switch (row) {
                case EntityRow entity -> entity.id();
                case AddressRow address -> address.id();
            }), progress::entities, progress::reject);
            case RELATIONSHIPS -> reader.read(source, file, RelationshipRow::parse, progress::relationships,
                    progress::reject);
            case SANCTIONS -> reader.read(source, file, SanctionRow::parse, progress::sanctions, progress::reject);
            case SHIPMENTS -> reader.read(source, file, unique(ShipmentRow::parse, ShipmentRow::id),
                    progress::shipments, progress::reject);
        };
        unknownColumns.forEach(column -> progress.warn(source.name() + ": unknown column '" + column
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

    private void writeEntities(List<EntitiesFileRow> batch, Progress progress) {
        var entities = new ArrayList<Map<String, Object>>();
        var addresses = new ArrayList<Map<String, Object>>();
        var entityAddresses = new ArrayList<Map<String, Object>>();
        for (var row : batch) {
            switch (row) {
                case EntityRow entity -> {
                    entities.add(entity.toParameters());
                    if (entity.address() != null) {
                        var address = AddressRow.of(entity);
                        entityAddresses.add(Map.of("entityId", entity.id(), "address", address.toParameters(),
                                "key", progress.run.dataset() + ":" + entity.id() + "|address"));
                    }
                }
                case AddressRow address -> addresses.add(address.toParameters());
            }
        }
        var target = writer;
        progress.writes.submit("entities", () -> {
            progress.entities.add(target.mergeEntities(progress.run, entities));
            progress.addresses.add(target.mergeAddresses(progress.run, addresses));
            progress.relationships.add(target.mergeEntityAddresses(progress.run, entityAddresses));
        });
    }

    private void writeRelationships(List<RelationshipRow> batch, Progress progress) {
        progress.writes.startKind("relationships");
        var ids = new HashSet<String>();
        batch.forEach(row -> {
            ids.add(row.fromId());
            ids.add(row.toId());
        });
        var found = writer.findReferences(ids);
        var rows = new ArrayList<Map<String, Object>>();
        for (var row : batch) {
            var problem = referenceProblem("from_id", row.fromId(), RelationshipType.Target.ENTITY, found);
            if (problem == null) {
                problem = referenceProblem("to_id", row.toId(), row.type().target(), found);
            }
            if (problem != null) {
                progress.reject(new Reject(progress.sourceFile, row.line(), problem, row.raw()));
            } else {
                rows.add(row.toParameters(progress.run.dataset()));
            }
        }
        var target = writer;
        progress.writes.submit("relationships",
                () -> progress.relationships.add(target.mergeRelationships(progress.run, rows)));
    }

    private void writeSanctions(List<SanctionRow> batch, Progress progress) {
        progress.writes.startKind("sanctions");
        var found = writer.findReferences(new HashSet<>(batch.stream().map(SanctionRow::entityId).toList()));
        var rows = new ArrayList<Map<String, Object>>();
        for (var row : batch) {
            var problem = referenceProblem("entity_id", row.entityId(), RelationshipType.Target.ENTITY, found);
            if (problem != null) {
                progress.reject(new Reject(progress.sourceFile, row.line(), problem, row.raw()));
            } else {
                rows.add(row.toParameters(progress.run.dataset()));
            }
        }
        var target = writer;
        progress.writes.submit("sanctions", () -> progress.sanctions.add(target.mergeSanctions(progress.run, rows)));
    }

    private void writeShipments(List<ShipmentRow> batch, Progress progress) {
        progress.writes.startKind("shipments");
        var ids = new HashSet<String>();
        batch.forEach(row -> {
            ids.add(row.exporterId());
            ids.add(row.consigneeId());
        });
        var found = writer.findReferences(ids);
        var rows = new ArrayList<Map<String, Object>>();
        for (var row : batch) {
            var problem = referenceProblem("exporter_id", row.exporterId(), RelationshipType.Target.ENTITY, found);
            if (problem == null) {
                problem = referenceProblem("consignee_id", row.consigneeId(), RelationshipType.Target.ENTITY, found);
            }
            if (problem != null) {
                progress.reject(new Reject(progress.sourceFile, row.line(), problem, row.raw()));
            } else {
                rows.add(row.toParameters());
            }
        }
        var target = writer;
        progress.writes.submit("shipments", () -> progress.shipments.add(target.mergeShipments(progress.run, rows)));
    }

    private static String referenceProblem(String column, String id, RelationshipType.Target expected,
            Map<String, RelationshipType.Target> found) {
        var kind = found.get(id);
        if (kind == null) {
            return "dangling reference: " + column + " '" + id + "' is not a known "
                    + (expected == RelationshipType.Target.ADDRESS ? "address" : "entity");
        }
        if (kind != expected) {
            return column + " '" + id + "' is " + (kind == RelationshipType.Target.ADDRESS ? "an address" : "an entity")
                    + ", expected " + (expected == RelationshipType.Target.ADDRESS ? "an address" : "an entity");
        }
        return null;
    }

    /**
     * SHA-256 over the names and bytes of the files, in load order; on the same pass, the files that are not valid
     * UTF-8 are put in {@code notUtf8} with where their first invalid byte is.
     */
    private static String checksum(List<CsvSource> sources, Map<String, Utf8Check.Location> notUtf8) {
        var digest = Digests.sha256();
        var buffer = new byte[64 * 1024];
        for (var source : sources) {
            digest.update(source.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            var utf8 = new Utf8Check();
            try (InputStream in = source.open()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                    utf8.feed(buffer, n);
                }
            } catch (IOException e) {
                throw new LoadException(source.name() + ": cannot be read: " + e.getMessage(), e);
            }
            utf8.finish().ifPresent(at -> notUtf8.put(source.name(), at));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A load rejected more rows than it tolerates; {@link #loadRows} turns it into a {@link LoadAbortedException}. */
    private static final class RejectLimitReached extends RuntimeException {
        RejectLimitReached() {
            super("too many rejects", null, false, false);
        }
    }

    /**
     * Counts and rejects of one load run as it goes. Every batch a reader hands over is written in transactions of
     * the configured batch size, whatever its length, and reported to the progress display.
     */
    private final class Progress implements RowSink {
        /** Rejects kept in the report for the summary; all of them go to the rejects file. */
        static final int REJECTS_KEPT = 1000;

        final LoadRun run;
        final LoadOptions options;
        final ConcurrentWrites writes;
        final List<Reject> rejects = new ArrayList<>();
        final Set<String> warnings = new LinkedHashSet<>();
        /** Counted by the writes, on whichever thread runs them. */
        final LongAdder entities = new LongAdder();
        final LongAdder addresses = new LongAdder();
        final LongAdder relationships = new LongAdder();
        final LongAdder sanctions = new LongAdder();
        final LongAdder shipments = new LongAdder();
        long rejected;
        long rows;
        String sourceFile;

        Progress(LoadRun run, String sourceFile, LoadOptions options, ConcurrentWrites writes) {
            this.run = run;
            this.sourceFile = sourceFile;
            this.options = options;
            this.writes = writes;
        }

        @Override
        public void flush() {
            writes.awaitAll();
        }

        @Override
        public void source(String file) {
            sourceFile = file;
        }

        @Override
        public void entities(List<EntitiesFileRow> rows) {
            inBatches(rows, batch -> writeEntities(batch, this), row -> switch (row) {
                case EntityRow entity -> entity.line();
                case AddressRow address -> address.line();
            });
        }

        @Override
        public void relationships(List<RelationshipRow> rows) {
            inBatches(rows, batch -> writeRelationships(batch, this), RelationshipRow::line);
        }

        @Override
        public void sanctions(List<SanctionRow> rows) {
            inBatches(rows, batch -> writeSanctions(batch, this), SanctionRow::line);
        }

        @Override
        public void shipments(List<ShipmentRow> rows) {
            inBatches(rows, batch -> writeShipments(batch, this), ShipmentRow::line);
        }

        private <T> void inBatches(List<T> all, Consumer<List<T>> write, ToLongFunction<T> line) {
            for (int from = 0; from < all.size(); from += batchSize) {
                var batch = all.subList(from, Math.min(all.size(), from + batchSize));
                write.accept(batch);
                rows += batch.size();
                options.progress().advanced(rows + rejected, sourceFile, line.applyAsLong(batch.getLast()));
            }
        }

        @Override
        public void warn(String warning) {
            warnings.add(warning);
        }

        @Override
        public void reject(Reject reject) {
            rejected++;
            if (rejects.size() < REJECTS_KEPT) {
                rejects.add(reject);
            }
            if (options.rejects() != null) {
                options.rejects().write(reject);
            }
            LOG.debug("Rejected {}", reject);
            options.progress().advanced(rows + rejected, reject.file(), reject.line());
            if (options.tooManyRejects(rejected)) {
                throw new RejectLimitReached();
            }
        }

        LoadCounts counts() {
            return new LoadCounts(entities.sum(), addresses.sum(), relationships.sum(), sanctions.sum(),
                    shipments.sum(), rejected);
        }

        LoadReport report() {
            return new LoadReport(run.id(), run.dataset(), counts(), List.copyOf(rejects), List.copyOf(warnings));
        }
    }
}
