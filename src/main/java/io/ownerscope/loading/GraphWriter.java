package io.ownerscope.loading;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends batches of rows to Neo4j as {@code UNWIND $rows ... MERGE} on constrained keys, one transaction a batch. */
public final class GraphWriter implements RowWriter {

    private static final String START_LOAD_RUN = Cypher.load("load/start-load-run.cypher");
    private static final String FINISH_LOAD_RUN = Cypher.load("load/finish-load-run.cypher");
    private static final String MERGE_ENTITIES = Cypher.load("load/merge-entities.cypher");
    private static final String MERGE_ADDRESSES = Cypher.load("load/merge-addresses.cypher");
    private static final String MERGE_ENTITY_ADDRESSES = Cypher.load("load/merge-entity-addresses.cypher");
    private static final String FIND_REFERENCES = Cypher.load("load/find-references.cypher");
    private static final Map<RelationshipType, String> MERGE_RELATIONSHIPS =
            byType("load/merge-relationships.cypher");
    private static final String EXISTING_ENTITIES = Cypher.load("load/existing-entities.cypher");
    private static final String CREATE_ENTITIES = Cypher.load("load/create-entities.cypher");
    private static final Map<RelationshipType, String> EXISTING_RELATIONSHIPS =
            byType("load/existing-relationships.cypher");
    private static final Map<RelationshipType, String> CREATE_RELATIONSHIPS =
            byType("load/create-relationships.cypher");
    private static final String CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";
    private static final String MERGE_SANCTIONS = Cypher.load("load/merge-sanctions.cypher");
    private static final String MERGE_SHIPMENTS = Cypher.load("load/merge-shipments.cypher");

    private static final Logger LOG = LoggerFactory.getLogger(GraphWriter.class);

    private final Graph graph;
    private final Clock clock;
    private final boolean createNew;
    private final DeadlockRetries deadlockRetries = new DeadlockRetries();
    /** Per load run in progress: the entity ids and relationship keys it wrote so far. */
    private final Map<String, Claims> claims = new ConcurrentHashMap<>();

    public GraphWriter(Graph graph) {
        this(graph, Clock.systemUTC());
    }

    /** @param clock the time a new load run starts and finishes at */
    public GraphWriter(Graph graph, Clock clock) {
        this(graph, clock, true);
    }

    /**
     * @param createNew create the rows no node or relationship has the id or key of yet, and merge only the others
     *        (the same graph as merging every row, with less locking and look-up); false merges every row
     */
    public GraphWriter(Graph graph, Clock clock, boolean createNew) {
        this.graph = graph;
        this.clock = clock;
        this.createNew = createNew;
    }

    /** The entity ids and relationship keys one load run wrote so far. */
    private record Claims(ClaimedKeys entities, ClaimedKeys relationships) {
    }

    private Claims claims(LoadRun run) {
        return claims.computeIfAbsent(run.id(), id -> new Claims(new ClaimedKeys(), new ClaimedKeys()));
    }

    @Override
    public StartedRun startLoadRun(String id, String dataset, String format, String source, List<String> files,
            String checksum) {
        return graph.write(tx -> {
            var record = tx.run(START_LOAD_RUN, Map.of("id", id, "dataset", dataset, "format", format,
                    "source", source, "files", files, "checksum", checksum, "now", ZonedDateTime.now(clock)))
                    .single();
            var previous = record.get("previous");
            return new StartedRun(new LoadRun(id, dataset, record.get("startedAt").asZonedDateTime()),
                    previous.isNull() ? null : previous.asString());
        });
    }

    @Override
    public void finishLoadRun(LoadRun run, String status, LoadCounts counts, String reason) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", run.id());
        parameters.put("status", status);
        parameters.put("counts", counts.toParameters());
        parameters.put("reason", reason);
        parameters.put("now", ZonedDateTime.now(clock));
        claims.remove(run.id());
        LOG.info("Load run {}: {} batches deadlocked with a concurrent one and ran again (since the start)", run.id(),
                deadlockRetries.deadlocks());
        graph.write(tx -> tx.run(FINISH_LOAD_RUN, parameters).consume());
    }

    /** Each merge is its own transaction; concurrent ones wait on each other's locks and retry on deadlocks. */
    @Override
    public int writeThreads() {
        return Integer.MAX_VALUE;
    }

    @Override
    public long mergeEntities(LoadRun run, List<Map<String, Object>> rows) {
        if (!createNew || rows.isEmpty()) {
            return writeRows(MERGE_ENTITIES, run, rows);
        }
        var claimed = claims(run).entities();
        var ids = new ArrayList<String>(rows.size());
        var firstInLoad = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            var id = (String) rows.get(i).get("id");
            ids.add(id);
            firstInLoad[i] = claimed.claim(id);
        }
        var parameters = Map.<String, Object>of("ids", ids);
        var runParameters = run.toParameters();
        return writeSplit(rows, () -> graph.writeOnce(tx -> {
            var existing = new HashSet<>(tx.run(EXISTING_ENTITIES, parameters).single().get("existing")
                    .asList(Value::asString));
            var split = split(rows, firstInLoad, row -> existing.contains((String) row.get("id")));
            return run(tx, CREATE_ENTITIES, split.created(), runParameters)
                    + run(tx, MERGE_ENTITIES, split.merged(), runParameters);
        }), MERGE_ENTITIES, run);
    }

    /** The rows to create (new to the graph and to this load) and those to merge, each in the order they came. */
    private record Split(List<Map<String, Object>> created, List<Map<String, Object>> merged) {
    }

    private static Split split(List<Map<String, Object>> rows, boolean[] firstInLoad,
            Predicate<Map<String, Object>> inGraph) {
        var created = new ArrayList<Map<String, Object>>();
        var merged = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            (firstInLoad[i] && !inGraph.test(row) ? created : merged).add(row);
        }
        return new Split(created, merged);
    }

    private static long run(QueryRunner tx, String statement, List<Map<String, Object>> rows,
            Map<String, Object> run) {
        if (rows.isEmpty()) {
            return 0;
        }
        return tx.run(statement, Map.of("rows", rows, "run", run)).single().get("written").asLong();
    }

    /**
     * Writes a batch split into rows to create and rows to merge, retrying deadlocks as {@link #writeRows} does; a
     * row that a writer outside this load created meanwhile fails the id constraint, and the batch is merged.
     */
    private long writeSplit(List<Map<String, Object>> rows, LongSupplier once, String merge, LoadRun run) {
        long written;
        try {
            written = deadlockRetries.write(once, once);
        } catch (ClientException e) {
            if (!CONSTRAINT_FAILED.equals(e.code())) {
                throw e;
            }
            return writeRows(merge, run, rows);
        }
        if (written != rows.size()) {
            throw new LoadException("Wrote " + written + " of " + rows.size()
                    + " rows although every reference was checked; was data deleted while loading?");
        }
        return written;
    }

    @Override
    public long mergeAddresses(LoadRun run, List<Map<String, Object>> rows) {
        return writeRows(MERGE_ADDRESSES, run, rows);
    }

    @Override
    public long mergeEntityAddresses(LoadRun run, List<Map<String, Object>> rows) {
        return writeRows(MERGE_ENTITY_ADDRESSES, run, rows);
    }

    /** One statement per type, the rows of each type in the order they came. */
    @Override
    public long mergeRelationships(LoadRun run, List<Map<String, Object>> rows) {
        var byType = new EnumMap<RelationshipType, List<Map<String, Object>>>(RelationshipType.class);
        rows.forEach(row -> byType.computeIfAbsent(RelationshipType.valueOf((String) row.get("type")),
                type -> new ArrayList<>()).add(row));
        long written = 0;
        for (var entry : byType.entrySet()) {
            written += createNew ? writeRelationships(entry.getKey(), run, entry.getValue())
                    : writeRows(MERGE_RELATIONSHIPS.get(entry.getKey()), run, entry.getValue());
        }
        return written;
    }

    /** Relationships of one type: those new to the graph and to this load created, the others merged. */
    private long writeRelationships(RelationshipType type, LoadRun run, List<Map<String, Object>> rows) {
        var claimed = claims(run).relationships();
        var firstInLoad = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            firstInLoad[i] = claimed.claim(type.name() + ":" + rows.get(i).get("key"));
        }
        var runParameters = run.toParameters();
        var merge = MERGE_RELATIONSHIPS.get(type);
        var lookUp = Map.<String, Object>of("rows", rows);
        return writeSplit(rows, () -> graph.writeOnce(tx -> {
            var existing = new HashSet<>(tx.run(EXISTING_RELATIONSHIPS.get(type), lookUp).single()
                    .get("existing").asList(Value::asString));
            var split = split(rows, firstInLoad, row -> existing.contains((String) row.get("key")));
            return run(tx, CREATE_RELATIONSHIPS.get(type), split.created(), runParameters)
                    + run(tx, merge, split.merged(), runParameters);
        }), merge, run);
    }

    private static Map<RelationshipType, String> byType(String file) {
        var template = Cypher.load(file);
        var statements = new EnumMap<RelationshipType, String>(RelationshipType.class);
        for (var type : RelationshipType.values()) {
            var target = type.target() == RelationshipType.Target.ADDRESS ? "Address" : "Entity";
            statements.put(type, template.replace("__TYPE__", type.name()).replace("__TARGET__", target));
        }
        return statements;
    }

    @Override
    public long mergeSanctions(LoadRun run, List<Map<String, Object>> rows) {
        return writeRows(MERGE_SANCTIONS, run, rows);
    }

    @Override
    public long mergeShipments(LoadRun run, List<Map<String, Object>> rows) {
        return writeRows(MERGE_SHIPMENTS, run, rows);
    }

    @Override
    public Map<String, RelationshipType.Target> findReferences(Set<String> ids) {
        return graph.read(tx -> {
            var found = new HashMap<String, RelationshipType.Target>();
            tx.run(FIND_REFERENCES, Map.of("ids", List.copyOf(ids))).forEachRemaining(record -> {
                if (!record.get("kind").isNull()) {
                    found.put(record.get("id").asString(),
                            RelationshipType.Target.valueOf(record.get("kind").asString()));
                }
            });
            return found;
        });
    }

    private long writeRows(String statement, LoadRun run, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        var parameters = Map.of("rows", rows, "run", run.toParameters());
        long written = deadlockRetries.write(
                () -> graph.writeOnce(tx -> tx.run(statement, parameters).single().get("written").asLong()),
                () -> graph.write(tx -> tx.run(statement, parameters).single().get("written").asLong()));
        if (written != rows.size()) {
            throw new LoadException("Wrote " + written + " of " + rows.size()
                    + " rows although every reference was checked; was data deleted while loading?");
        }
        return written;
    }
}
