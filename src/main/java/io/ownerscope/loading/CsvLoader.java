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
import java.util.function.Consumer;
import java.util.function.Function;

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

    private final int batchSize;
    private final Consumer<LoadReport> afterLoad;
    private RowWriter writer;

    public CsvLoader(Graph graph, int batchSize) {
        this(graph, batchSize, report -> { });
    }

    /** @param afterLoad told of every finished load, e.g. to refresh what is derived from the loaded facts */
    public CsvLoader(Graph graph, int batchSize, Consumer<LoadReport> afterLoad) {
        this(new GraphWriter(graph), batchSize, afterLoad);
    }

    CsvLoader(RowWriter writer, int batchSize, Consumer<LoadReport> afterLoad) {
        this.writer = writer;
        this.batchSize = batchSize;
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
        return loadRows("csv", dataset, sourceDescription, ordered.stream().map(CsvSource::name).toList(),
                checksum(ordered), progress -> {
                    for (var source : ordered) {
                        try {
                            loadFile(source, progress);
                        } catch (LoadException e) {
                            progress.reject(new Reject(source.name(), 1, e.getMessage(), ""));
                        }
                    }
                });
    }

    /**
     * Runs one load of rows that a reader of any format produces: entities first, then the links between them.
     *
     * @param checksum of the input, so that the same input is recognised as the same load run
     */
    LoadReport loadRows(String format, String dataset, String sourceDescription, List<String> files,
            String checksum, Consumer<RowSink> reader) {
        var runId = format + ":" + dataset + ":" + checksum.substring(0, 16);
        var run = writer.startLoadRun(runId, dataset, format, sourceDescription, files, checksum);
        var progress = new Progress(run, files.size() == 1 ? files.getFirst() : format);
        reader.accept(progress);
        var counts = progress.counts();
        writer.finishLoadRun(run, counts.rejected() == 0 ? "completed" : "completed with rejects", counts);
        LOG.info("Load run {} finished: {}", run.id(), counts);
        var report = new LoadReport(run.id(), dataset, counts, List.copyOf(progress.rejects),
                List.copyOf(progress.warnings));
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
        progress.entities += writer.mergeEntities(progress.run, entities);
        progress.addresses += writer.mergeAddresses(progress.run, addresses);
        progress.relationships += writer.mergeEntityAddresses(progress.run, entityAddresses);
    }

    private void writeRelationships(List<RelationshipRow> batch, Progress progress) {
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
        progress.relationships += writer.mergeRelationships(progress.run, rows);
    }

    private void writeSanctions(List<SanctionRow> batch, Progress progress) {
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
        progress.sanctions += writer.mergeSanctions(progress.run, rows);
    }

    private void writeShipments(List<ShipmentRow> batch, Progress progress) {
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
        progress.shipments += writer.mergeShipments(progress.run, rows);
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

    /** SHA-256 over the names and bytes of the files, in load order. */
    private static String checksum(List<CsvSource> sources) {
        var digest = Digests.sha256();
        var buffer = new byte[64 * 1024];
        for (var source : sources) {
            digest.update(source.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try (InputStream in = source.open()) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new LoadException(source.name() + ": cannot be read: " + e.getMessage(), e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Counts and rejects of one load run as it goes. */
    private final class Progress implements RowSink {
        final LoadRun run;
        final List<Reject> rejects = new ArrayList<>();
        final Set<String> warnings = new LinkedHashSet<>();
        long entities;
        long addresses;
        long relationships;
        long sanctions;
        long shipments;
        long rejected;
        String sourceFile;

        Progress(LoadRun run, String sourceFile) {
            this.run = run;
            this.sourceFile = sourceFile;
        }

        @Override
        public void source(String file) {
            sourceFile = file;
        }

        @Override
        public void entities(List<EntitiesFileRow> rows) {
            writeEntities(rows, this);
        }

        @Override
        public void relationships(List<RelationshipRow> rows) {
            writeRelationships(rows, this);
        }

        @Override
        public void sanctions(List<SanctionRow> rows) {
            writeSanctions(rows, this);
        }

        @Override
        public void shipments(List<ShipmentRow> rows) {
            writeShipments(rows, this);
        }

        @Override
        public void warn(String warning) {
            warnings.add(warning);
        }

        @Override
        public void reject(Reject reject) {
            rejected++;
            rejects.add(reject);
            LOG.debug("Rejected {}", reject);
        }

        LoadCounts counts() {
            return new LoadCounts(entities, addresses, relationships, sanctions, shipments, rejected);
        }
    }
}
