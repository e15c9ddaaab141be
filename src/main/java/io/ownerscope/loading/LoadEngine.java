package io.ownerscope.loading;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one load: a reader of any format reads the input, and its rows are validated, checked for dangling references
 * and written in batches to a writer (the graph over Bolt, or the offline importer's files), merged on their ids so
 * that loading the same input twice changes nothing; every record carries its dataset, record id and load run. The
 * reader, the input, the options and the writer are arguments of each load, as Neo4j's importer takes its input and
 * bad-row collector.
 */
public final class LoadEngine {

    private static final Logger LOG = LoggerFactory.getLogger(LoadEngine.class);

    private final int batchSize;
    private final int writers;
    private final Consumer<LoadReport> afterLoad;

    /**
     * @param batchSize rows per write transaction
     * @param writers write transactions in flight at once while the rows that follow are read and checked
     * @param afterLoad told of every finished load, e.g. to refresh what is derived from the loaded facts
     */
    public LoadEngine(int batchSize, int writers, Consumer<LoadReport> afterLoad) {
        this.batchSize = batchSize;
        this.writers = writers;
        this.afterLoad = afterLoad;
    }

    public LoadEngine(int batchSize) {
        this(batchSize, LoadSettings.DEFAULT_WRITERS, report -> { });
    }

    public int batchSize() {
        return batchSize;
    }

    /**
     * Loads {@code input} with {@code reader} into {@code writer}: entities first, then the links between them.
     * Rejects go to the options' rejects file as they come, and the {@code LoadRun} records how the load ended:
     * {@code completed}, {@code completed with rejects}, {@code aborted} (more rejects than tolerated) or
     * {@code failed} (the input could not be read to its end). A run that is loaded again with the same input keeps
     * its id and time, so a load killed at any point and run again ends as one clean load.
     */
    public LoadReport load(SourceReader reader, LoadInput input, LoadOptions options, RowWriter writer) {
        var source = reader.describe(input);
        return load(reader.format(), input.dataset(), input.location(), source, options, writer,
                sink -> reader.read(input, sink));
    }

    LoadReport load(String format, String dataset, String location, SourceDescription source, LoadOptions options,
            RowWriter writer, Consumer<RowSink> reader) {
        long started = System.nanoTime();
        var runId = format + ":" + dataset + ":" + source.checksum().substring(0, 16);
        var run = writer.startLoadRun(runId, dataset, format, location, source.files(), source.checksum());
        try (var writes = new ConcurrentWrites(Math.min(writers, writer.writeThreads()))) {
            return load(run, source.files(), format, options, writer, writes, reader, started);
        }
    }

    private LoadReport load(RowWriter.StartedRun started, List<String> files, String format, LoadOptions options,
            RowWriter writer, ConcurrentWrites writes, Consumer<RowSink> reader, long startedNanos) {
        var run = started.run();
        var sink = new Progress(run, files.size() == 1 ? files.getFirst() : format, options, writes, writer,
                startedNanos);
        if (started.previousStatus() != null && !started.previousStatus().startsWith("completed")) {
            sink.warn("load run " + run.id() + " was left " + started.previousStatus()
                    + "; it was loaded again from the start under the same id and time");
        }
        var progress = options.progress();
        progress.start(format, files);
        try {
            reader.accept(sink);
            writes.finish();
        } catch (RejectLimitReached e) {
            writes.awaitQuietly();
            var reason = sink.rejected + (sink.rejected == 1 ? " row" : " rows") + " rejected, more than the "
                    + options.maxRejects() + " tolerated (--max-rejects)";
            var report = stop(run, "aborted", reason, sink, writer);
            throw new LoadAbortedException("Load run " + run.id() + " aborted: " + reason + "; the "
                    + "batches written before stay in the graph; fix the input and load again", report);
        } catch (LoadAbortedException e) {
            throw e;
        } catch (LoadException e) {
            writes.awaitQuietly();
            stop(run, "failed", e.getMessage(), sink, writer);
            throw e;
        } finally {
            progress.close();
        }
        var counts = sink.counts();
        writer.finishLoadRun(run, counts.rejected() == 0 ? "completed" : "completed with rejects",
                sink.recordedCounts(), null);
        var report = sink.report();
        LOG.info("Load run {} finished in {} ms: {}", run.id(), report.elapsed().toMillis(), counts);
        afterLoad.accept(report);
        return report;
    }

    /** Records an aborted or failed run and refreshes what is derived from the batches it wrote. */
    private LoadReport stop(LoadRun run, String status, String reason, Progress sink, RowWriter writer) {
        writer.finishLoadRun(run, status, sink.recordedCounts(), reason);
        LOG.info("Load run {} {}: {}; {}", run.id(), status, reason, sink.counts());
        var report = sink.report();
        afterLoad.accept(report);
        return report;
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
        var target = progress.writer;
        if (!entityAddresses.isEmpty()) {
            progress.addressColumnFile = progress.sourceFile;
        }
        progress.writes.submit("entities", () -> {
            progress.entities.add(target.mergeEntities(progress.run, entities));
            progress.addresses.add(target.mergeAddresses(progress.run, addresses));
            var linked = target.mergeEntityAddresses(progress.run, entityAddresses);
            progress.relationships.add(linked);
            progress.addressColumn.add(linked);
        });
    }

    private void writeRelationships(List<RelationshipRow> batch, Progress progress) {
        progress.writes.startKind("relationships");
        var ids = new HashSet<String>();
        batch.forEach(row -> {
            ids.add(row.fromId());
            ids.add(row.toId());
        });
        var found = progress.writer.findReferences(ids);
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
        var target = progress.writer;
        progress.writes.submit("relationships",
                () -> progress.relationships.add(target.mergeRelationships(progress.run, rows)));
    }

    private void writeSanctions(List<SanctionRow> batch, Progress progress) {
        progress.writes.startKind("sanctions");
        var found = progress.writer.findReferences(new HashSet<>(batch.stream().map(SanctionRow::entityId).toList()));
        var rows = new ArrayList<Map<String, Object>>();
        for (var row : batch) {
            var problem = referenceProblem("entity_id", row.entityId(), RelationshipType.Target.ENTITY, found);
            if (problem != null) {
                progress.reject(new Reject(progress.sourceFile, row.line(), problem, row.raw()));
            } else {
                rows.add(row.toParameters(progress.run.dataset()));
            }
        }
        var target = progress.writer;
        progress.writes.submit("sanctions", () -> progress.sanctions.add(target.mergeSanctions(progress.run, rows)));
    }

    private void writeShipments(List<ShipmentRow> batch, Progress progress) {
        progress.writes.startKind("shipments");
        var ids = new HashSet<String>();
        batch.forEach(row -> {
            ids.add(row.exporterId());
            ids.add(row.consigneeId());
        });
        var found = progress.writer.findReferences(ids);
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
        var target = progress.writer;
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

    /** A load rejected more rows than it tolerates; {@link #load} turns it into a {@link LoadAbortedException}. */
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
        final RowWriter writer;
        final long startedNanos;
        final List<Reject> rejects = new ArrayList<>();
        final Set<String> warnings = new LinkedHashSet<>();
        /** Counted by the writes, on whichever thread runs them. */
        final LongAdder entities = new LongAdder();
        final LongAdder addresses = new LongAdder();
        final LongAdder relationships = new LongAdder();
        final LongAdder sanctions = new LongAdder();
        final LongAdder shipments = new LongAdder();
        /** Addresses made from the address column of entity rows, each with its link (counted as relationships). */
        final LongAdder addressColumn = new LongAdder();
        volatile String addressColumnFile;
        long rejected;
        long rows;
        String sourceFile;

        Progress(LoadRun run, String sourceFile, LoadOptions options, ConcurrentWrites writes, RowWriter writer,
                long startedNanos) {
            this.run = run;
            this.writer = writer;
            this.startedNanos = startedNanos;
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

        /** The counts the load run keeps: addresses made from the address column counted as addresses. */
        LoadCounts recordedCounts() {
            return counts().withAddressColumn(addressColumn.sum());
        }

        LoadReport report() {
            return new LoadReport(run.id(), run.dataset(), counts(), List.copyOf(rejects), List.copyOf(warnings),
                    Duration.ofNanos(System.nanoTime() - startedNanos),
                    new LoadReport.AddressColumn(addressColumn.sum(), addressColumnFile), new AfterLoadSteps());
        }
    }
}
