package io.ownerscope.loading.ftm;

import static io.ownerscope.testing.TestGraphs.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.ownerscope.graph.Graph;
import io.ownerscope.loading.LoadReport;
import io.ownerscope.loading.LoadRun;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import io.ownerscope.testing.TestLoads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** yente delta files (ADD, MOD, DEL) applied in order over a FollowTheMoney export. */
class FtmDeltaLoadingIT {

    private static final Set<String> WHEN_AND_BY_WHICH_RUN = Set.of("loadRun", "firstLoadRun", "firstSeen",
            "lastSeen");

    @TempDir
    Path dir;
    Graph graph;
    TestLoads.Format ftm;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());
        ftm = TestLoads.format(graph, "ftm");
    }

    private Path fixture(String name) throws IOException {
        var file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/ftm/delta/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private void loadBaseAndDeltas() throws IOException {
        ftm.load(fixture("base.ftm.jsonl"), "demo");
        ftm.load(fixture("20240528014702-aaa.entities.delta.json"), "demo");
        ftm.load(fixture("20240528074703-bbb.entities.delta.json"), "demo");
    }

    @Test
    void deltasAppliedInOrderGiveTheStateTheyDescribe() throws IOException {
        loadBaseAndDeltas();
        var afterDeltas = snapshot();

        graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());
        ftm = TestLoads.format(graph, "ftm");
        var report = ftm.load(fixture("final.ftm.jsonl"), "demo");

        assertThat(report.rejects()).isEmpty();
        assertThat(afterDeltas).isEqualTo(snapshot());
        assertThat(afterDeltas).anySatisfy(fact -> assertThat(fact).contains("program=CYBER2"))
                .noneSatisfy(fact -> assertThat(fact).contains("RUSSIA-EO14024"))
                .noneSatisfy(fact -> assertThat(fact).contains("Vega Trading"));
    }

    @Test
    void theLoadSaysWhatADeltaRemoved() throws IOException {
        ftm.load(fixture("base.ftm.jsonl"), "demo");
        ftm.load(fixture("20240528014702-aaa.entities.delta.json"), "demo");

        var report = ftm.load(fixture("20240528074703-bbb.entities.delta.json"), "demo");

        assertThat(report.rejects()).isEmpty();
        assertThat(report.warnings()).containsExactly("20240528074703-bbb.entities.delta.json: delta applied: "
                + "0 entities added or modified, 5 deleted (removed 1 node(s), 2 link(s), 1 listing(s))");
    }

    @Test
    void applyingTheSameDeltaTwiceChangesNothing() throws IOException {
        loadBaseAndDeltas();
        var before = snapshot();

        ftm.load(dir.resolve("20240528014702-aaa.entities.delta.json"), "demo");
        ftm.load(dir.resolve("20240528074703-bbb.entities.delta.json"), "demo");

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aDeletedNodeThatAnotherDatasetAlsoStatesStays() throws IOException {
        ftm.load(fixture("base.ftm.jsonl"), "demo");
        var other = dir.resolve("other.ftm.jsonl");
        Files.writeString(other, """
                {"id":"c1","schema":"Company","properties":{"name":["Orion LLC"],"jurisdiction":["ru"]}}
                """, StandardCharsets.UTF_8);
        ftm.load(other, "registry");
        var delete = dir.resolve("del.delta.json");
        Files.writeString(delete, """
                {"op":"DEL","entity":{"id":"c1"}}
                """, StandardCharsets.UTF_8);

        var report = ftm.load(delete, "demo");

        assertThat(report.warnings()).singleElement().asString()
                .endsWith("(removed 0 node(s), 0 link(s), 0 listing(s); kept 1 node(s) another dataset also states)");
        assertThat(query(graph, "MATCH (c:Company {id: 'c1'}) RETURN c.dataset AS dataset").getFirst()
                .get("dataset").asString()).isEqualTo("registry");
        assertThat(query(graph, "MATCH (:Company {id: 'c1'})-[r:REGISTERED_AT]->() RETURN count(r) AS n")
                .getFirst().get("n").asLong()).as("the deleting dataset's address link").isZero();
        assertThat(query(graph, "MATCH (:Person {id: 'p1'})-[r:OWNS]->(:Company {id: 'c1'}) RETURN count(r) AS n")
                .getFirst().get("n").asLong()).as("a link has an FtM id of its own").isEqualTo(1);
    }

    @Test
    void aYenteDeltaChainAppliesOverItsExport() throws IOException {
        ftm.load(chainFile("t1_entities.ftm.jsonl"), "sanctions");
        var reports = new java.util.ArrayList<LoadReport>();
        for (var version : List.of("20240527134702-zbn", "20240527194702-wnk", "20240528014702-pfh",
                "20240528074703-npf", "20240528134729-3iv")) {
            reports.add(ftm.load(chainFile(version + ".entities.delta.json"), "sanctions"));
        }

        assertThat(reports).allSatisfy(report -> assertThat(report.rejects()).isEmpty());
        assertThat(reports.get(3).warnings()).containsExactly("20240528074703-npf.entities.delta.json: delta "
                + "applied: 0 entities added or modified, 1 deleted (removed 1 node(s), 0 link(s), 0 listing(s))");

        var names = query(graph, """
                UNWIND ['ys-kazan-trade', 'ys-orlov', 'ys-poltergeist', 'ys-volga-group'] AS id
                OPTIONAL MATCH (e:Entity {id: id}) RETURN id, e.name AS name, e.aliases AS aliases ORDER BY id""");
        assertThat(names).map(r -> r.get("id").asString() + "=" + (r.get("name").isNull() ? "-"
                : r.get("name").asString())).containsExactly("ys-kazan-trade=Kazan Trade House LLC",
                "ys-orlov=Pyotr Sergeevich ORLOV", "ys-poltergeist=-", "ys-volga-group=Volga Drone Works Group");
        assertThat(names.getFirst().get("aliases").asList(v -> v.asString())).as("the MOD's new alias")
                .contains("Kazanskiy Torgovy Dom");
    }

    private Path chainFile(String name) throws IOException {
        var file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/ftm/yente-chain/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    /** Every node and relationship with what it states, leaving out when and by which run it was written. */
    private List<String> snapshot() {
        var nodes = query(graph, """
                MATCH (n) WHERE NOT n:LoadRun AND NOT n:__SchemaMigration
                RETURN labels(n) AS labels, properties(n) AS properties""").stream()
                .map(r -> r.get("labels").asList(v -> v.asString()).stream().sorted().toList() + " "
                        + facts(r.get("properties").asMap()));
        var relationships = query(graph, """
                MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties""")
                .stream().map(r -> r.get("from").asString() + " " + r.get("type").asString() + " "
                        + r.get("to").asString() + " " + facts(r.get("properties").asMap()));
        return java.util.stream.Stream.concat(nodes, relationships).sorted().toList();
    }

    private static Map<String, Object> facts(Map<String, Object> properties) {
        var facts = new TreeMap<String, Object>(properties);
        facts.keySet().removeAll(WHEN_AND_BY_WHICH_RUN);
        return facts;
    }
}
