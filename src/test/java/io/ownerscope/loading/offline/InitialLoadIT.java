package io.ownerscope.loading.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import io.ownerscope.graph.EmbeddedNeo4j;
import io.ownerscope.graph.EmbeddedSettings;
import io.ownerscope.graph.Graph;
import io.ownerscope.graph.QuerySettings;
import io.ownerscope.graph.SchemaMigrations;
import io.ownerscope.loading.GraphWriter;
import io.ownerscope.loading.InputFile;
import io.ownerscope.loading.LoadEngine;
import io.ownerscope.loading.LoadException;
import io.ownerscope.loading.LoadInput;
import io.ownerscope.loading.LoadOptions;
import io.ownerscope.loading.LoadReport;
import io.ownerscope.loading.LoadService;
import io.ownerscope.loading.LoadSettings;
import io.ownerscope.loading.Reject;
import io.ownerscope.loading.csv.CanonicalCsvReader;
import io.ownerscope.reference.ReferenceLists;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import io.ownerscope.testing.TestLoads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** {@code load --initial}: an offline import into a fresh embedded store gives the graph a load over Bolt gives. */
class InitialLoadIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T10:15:30.123456Z"), ZoneOffset.UTC);

    @TempDir
    Path store;

    private EmbeddedNeo4j embedded;
    private Driver driver;
    private Graph graph;
    private final List<LoadReport> finished = new ArrayList<>();

    @BeforeEach
    void startEmptyEmbeddedStore() {
        embedded = EmbeddedNeo4j.start(new EmbeddedSettings(store, 0, ""));
        driver = GraphDatabase.driver(embedded.boltUri(), embedded.authToken());
        graph = new Graph(driver, new QuerySettings("neo4j", Duration.ofSeconds(30), 500));
        new SchemaMigrations(graph).apply();
    }

    @AfterEach
    void stop() {
        driver.close();
        embedded.close();
    }

    private InitialLoad initialLoad(LoadService rows) {
        return new InitialLoad(rows.engine(), graph, () -> embedded, CLOCK);
    }

    private LoadService loader(Graph target) {
        var engine = new LoadEngine(2, LoadSettings.DEFAULT_WRITERS, finished::add);
        return new LoadService(engine, new GraphWriter(target, CLOCK), TestLoads.readers(target, 2));
    }

    /** Loads canonical CSV files offline, as {@code load --initial --format csv} does. */
    private static LoadReport offline(InitialLoad initial, List<InputFile> files, String dataset) {
        return initial.load(new CanonicalCsvReader(2), LoadInput.files(dataset, "test", files), LoadOptions.DEFAULT);
    }

    @Test
    void theCanonicalFixtureImportedOfflineIsTheGraphABoltLoadWrites() {
        var bolt = TestGraphs.emptyGraph(HarnessNeo4j.driver());
        var overBolt = loader(bolt).load(Csv.classpath("csv/small"), "small", "test");

        var rows = loader(graph);
        var offline = offline(initialLoad(rows), Csv.classpath("csv/small"), "small");

        assertThat(offline.counts()).isEqualTo(overBolt.counts());
        assertThat(offline.rejects()).extracting(Reject::toString)
                .containsExactlyElementsOf(overBolt.rejects().stream().map(Reject::toString).toList());
        assertThat(overBolt.counts().entities()).isPositive();
        assertThat(snapshot(graph)).isEqualTo(snapshot(bolt));
        assertThat(finished).hasSize(2);
    }

    @Test
    void theSchemaIsInPlaceAfterTheImportAndLoadsOverBoltGoOnFromThere() {
        var rows = loader(graph);
        offline(initialLoad(rows), Csv.classpath("csv/small"), "small");

        var constraints = graph.read(tx -> tx.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
                .single().get("names").asList(v -> v.asString()));
        assertThat(constraints).contains("entity_id", "address_id", "shipment_id", "designation_id");
        long applied = graph.read(tx -> tx.run("MATCH (m:__SchemaMigration) RETURN count(m) AS n").single()
                .get("n").asLong());
        assertThat(applied).as("migrations recorded again after the import replaced the store").isPositive();
        assertThat(new SchemaMigrations(graph).apply()).isEmpty();

        var next = rows.load(List.of(Csv.file("entities.csv", "id,type,name", "co-new,company,New Co")), "more",
                "test");
        assertThat(next.counts().entities()).isEqualTo(1);
        long entities = graph.read(tx -> tx.run("MATCH (e:Entity) RETURN count(e) AS n").single().get("n").asLong());
        assertThat(entities).isEqualTo(5);
    }

    @Test
    void rowsWithTheSameIdOrKeyReplaceEarlierOnesAsAMergeDoes() {
        var bolt = TestGraphs.emptyGraph(HarnessNeo4j.driver());
        var entities = Csv.file("entities.csv", "id,type,name,aliases,address",
                "a,company,A,\"Alpha|Al, \"\"pha\"\"\",\"Line 1\nLine 2\"", "b,person,B,,Line 1 Line 2",
                "addr,address,Somewhere 1,,");
        var relationships = Csv.file("relationships.csv", "id,from_id,to_id,type,share",
                "r1,b,a,OWNS,50", "r1,b,a,OWNS,60", "r2,a,addr,REGISTERED_AT,", "r3,ghost,a,OWNS,10");
        var shipments = Csv.file("shipments.csv", "id,date,exporter_id,consignee_id,hs_code",
                "s1,2023-01-01,a,b,854231");
        loader(bolt).load(List.of(entities, relationships, shipments), "dups", "test");

        var rows = loader(graph);
        var report = offline(initialLoad(rows), List.of(entities, relationships, shipments), "dups");

        assertThat(report.rejects()).extracting(Reject::toString)
                .containsExactly("relationships.csv:5: dangling reference: from_id 'ghost' is not a known entity");
        assertThat(snapshot(graph)).isEqualTo(snapshot(bolt));
    }

    @Test
    void refusesAStoreThatIsNotEmpty() {
        var rows = loader(graph);
        rows.load(List.of(Csv.file("entities.csv", "id,type,name", "a,company,A")), "first", "test");

        assertThatThrownBy(() -> offline(initialLoad(rows), Csv.classpath("csv/small"), "small")).isInstanceOf(LoadException.class).hasMessageContaining("needs an empty store");
    }

    @Test
    void refusesAServerBecauseTheImportNeedsTheLocalStore() {
        var rows = loader(graph);
        var server = new InitialLoad(rows.engine(), graph, () -> null, CLOCK);

        assertThatThrownBy(() -> offline(server, Csv.classpath("csv/small"), "small"))
                .isInstanceOf(LoadException.class).hasMessageContaining("spring.neo4j.uri")
                .hasMessageContaining("embedded store");
        long entities = graph.read(tx -> tx.run("MATCH (n:Entity) RETURN count(n) AS n").single().get("n").asLong());
        assertThat(entities).isZero();
    }

    /**
     * Every node and relationship with its labels or type and all properties, in a stable order; the reference lists
     * are written on both sides, and the record of when they were is left out.
     */
    private static List<String> snapshot(Graph graph) {
        ReferenceLists.applyShipped(graph, Duration.ofMinutes(1));
        var nodes = graph.read(tx -> tx.run("""
                MATCH (n) WHERE NOT n:__SchemaMigration AND NOT n:ReferenceList AND NOT n:User AND NOT n:ApiKey AND NOT n:AuditEntry
                RETURN labels(n) AS labels, properties(n) AS properties""").list(r -> {
                    var labels = new ArrayList<>(r.get("labels").asList(v -> v.asString()));
                    labels.sort(Comparator.naturalOrder());
                    return "node " + labels + " " + new TreeMap<>(r.get("properties").asMap());
                }));
        var relationships = graph.read(tx -> tx.run("""
                MATCH (a)-[r]->(b)
                RETURN a.id AS from, type(r) AS type, properties(r) AS properties, b.id AS to""").list(r ->
                "relationship " + r.get("from").asString() + " " + r.get("type").asString() + " "
                        + new TreeMap<>(r.get("properties").asMap()) + " " + r.get("to").asString()));
        var all = new ArrayList<String>(nodes);
        all.addAll(relationships);
        all.sort(Comparator.naturalOrder());
        return all;
    }
}
