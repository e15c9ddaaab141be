package io.ownerscope.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.ownerscope.graph.Graph;
import io.ownerscope.graph.QuerySettings;
import io.ownerscope.graph.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/** A {@link Graph} on a test database, schema applied once, data wiped before each test. */
public final class TestGraphs {

    private static final Map<Driver, Graph> MIGRATED = new ConcurrentHashMap<>();

    private TestGraphs() {
    }

    /** The graph behind {@code driver}, with the schema applied and no data. */
    public static Graph emptyGraph(Driver driver) {
        var graph = graph(driver);
        // the service's users and keys stay: a running service seeds them at its start only
        graph.write(tx -> tx.run("MATCH (n) WHERE NOT n:__SchemaMigration AND NOT n:User AND NOT n:ApiKey "
                + "DETACH DELETE n").consume());
        return graph;
    }

    /** The graph behind {@code driver}, with the schema applied, as it is. */
    public static Graph graph(Driver driver) {
        return MIGRATED.computeIfAbsent(driver, d -> {
            var g = new Graph(d, new QuerySettings("neo4j", Duration.ofSeconds(30), 500));
            new SchemaMigrations(g).apply();
            return g;
        });
    }

    public static List<Record> query(Graph graph, String cypher, Map<String, Object> parameters) {
        return graph.read(tx -> tx.run(cypher, parameters).list());
    }

    public static List<Record> query(Graph graph, String cypher) {
        return query(graph, cypher, Map.of());
    }
}
