package io.ownerscope.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the name keys of entities current: after every load, the entities that load wrote are keyed again (the
 * cost follows the load, not the graph), and entities written before keys existed are keyed once.
 */
public class NameIndex {

    private static final Logger LOG = LoggerFactory.getLogger(NameIndex.class);
    private static final String OF_LOAD_RUN = Cypher.load("screening/names-of-load-run.cypher");
    private static final String WITHOUT_KEYS = Cypher.load("screening/names-without-keys.cypher");
    private static final String WRITE = Cypher.load("screening/write-match-keys.cypher");

    /** How many entities were keyed, and how many of them had keys that changed. */
    public record Counts(long read, long written, long millis) {
    }

    private final Graph graph;
    private final ScreeningSettings settings;

    NameIndex(Graph graph, ScreeningSettings settings) {
        this.graph = graph;
        this.settings = settings;
    }

    /** Keys the entities one load run wrote. */
    public Counts indexLoadRun(String loadRunId) {
        long started = System.nanoTime();
        var rows = graph.read(tx -> tx.run(OF_LOAD_RUN, Map.of("loadRunId", loadRunId)).list(NameIndex::keyed),
                settings.timeout());
        var written = write(rows);
        return new Counts(rows.size(), written, (System.nanoTime() - started) / 1_000_000);
    }

    /** Keys every entity that has no keys yet, a batch at a time. */
    public Counts catchUp() {
        long started = System.nanoTime();
        long read = 0;
        long written = 0;
        while (true) {
            var rows = graph.read(tx -> tx.run(WITHOUT_KEYS, Map.of("limit", settings.keyBatch()))
                    .list(NameIndex::keyed), settings.timeout());
            if (rows.isEmpty()) {
                break;
            }
            read += rows.size();
            written += write(rows);
        }
        if (read > 0) {
            LOG.info("Name keys written for {} entities that had none", written);
        }
        return new Counts(read, written, (System.nanoTime() - started) / 1_000_000);
    }

    /** The id and the keys of a name row, and whether they differ from what the entity holds. */
    private static Keyed keyed(Record row) {
        var labels = row.get("labels").asList(Value::asString);
        var names = new ArrayList<String>();
        names.add(row.get("name").asString(null));
        names.addAll(row.get("aliases").asList(Value::asString));
        var keys = MatchKeys.indexed(MatchKeys.schemaOf(labels), names);
        // an entity whose names give no key still gets an empty text, so that it is not read again
        return new Keyed(row.get("id").asString(), keys, !keys.equals(row.get("keys").asString(null)));
    }

    private record Keyed(String id, String keys, boolean changed) {
    }

    private long write(List<Keyed> rows) {
        var changed = rows.stream().filter(Keyed::changed).map(row -> {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("id", row.id());
            parameters.put("keys", row.keys());
            return parameters;
        }).toList();
        long written = 0;
        for (int from = 0; from < changed.size(); from += settings.keyBatch()) {
            var batch = changed.subList(from, Math.min(changed.size(), from + settings.keyBatch()));
            written += graph.write(tx -> tx.run(WRITE, Map.of("rows", batch)).single().get("written").asLong(),
                    settings.timeout());
        }
        return written;
    }
}
