package io.ownerscope.loading.ftm;

import static io.ownerscope.testing.TestGraphs.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.ownerscope.graph.Graph;
import io.ownerscope.loading.LoadCounts;
import io.ownerscope.loading.LoadException;
import io.ownerscope.loading.LoadReport;
import io.ownerscope.loading.LoadRun;
import io.ownerscope.loading.Reject;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import io.ownerscope.testing.TestLoads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Value;

/**
 * The FollowTheMoney loader against the in-process Neo4j harness, on a fictional cluster shaped like OpenSanctions'
 * (src/test/resources/ftm/cluster/README.md).
 */
class FtmLoadingIT {

    private static final Path CLUSTER = Path.of("src/test/resources/ftm/cluster/kama_avionika.ftm.jsonl");
    private static final String COMPANY = "ka-company";
    private static final String SOKOLOV = "ka-sokolov";
    private static final String HOLDING = "ka-holding";

    Graph graph;
    TestLoads.Format ftm;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());
        ftm = TestLoads.format(graph, "ftm");
    }

    private LoadReport loadCluster() {
        return ftm.load(CLUSTER, "kama");
    }

    @Test
    void theClusterLoadsWithoutRejects() {
        var report = loadCluster();

        assertThat(report.rejects()).isEmpty();
        assertThat(report.counts()).as("9 parties, 2 Address entities; 13 links, 2 addressEntity links and the "
                + "address text of the company without addressEntity (the other's text gives way to its entities); "
                + "3 listings").isEqualTo(new LoadCounts(9, 2, 16, 3, 0, 0));
        assertThat(report.warnings()).containsExactlyInAnyOrder(
                "kama_avionika.ftm.jsonl: 1 Passport entity has no number; nothing was kept from it",
                "kama_avionika.ftm.jsonl: 1 addressEntity reference names an Address that is not in this file;"
                        + " not linked");
    }

    @Test
    void theCompanyIsRegisteredAtItsAddressEntities() {
        loadCluster();

        var addresses = query(graph, """
                MATCH (:Company {id: $company})-[r:REGISTERED_AT]->(a:Address) RETURN a.id AS id, r.dataset AS dataset
                ORDER BY id""", Map.of("company", COMPANY));
        assertThat(addresses).map(r -> r.get("id").asString()).contains("ka-addr-izhevsk", "ka-addr-moscow");
        assertThat(addresses).allSatisfy(r -> assertThat(r.get("dataset").asString()).isEqualTo("kama"));
    }

    @Test
    void theCompanyIsOwned51PercentBySokolovAnd49ByTheHoldingToday() {
        loadCluster();

        var current = query(graph, """
                MATCH (o:Entity)-[r:OWNS]->(:Company {id: $company}) WHERE r.endDate IS NULL AND r.share IS NOT NULL
                RETURN o.id AS owner, r.share AS share, r.startDate AS start, r.interestType AS type ORDER BY share DESC
                """, Map.of("company", COMPANY));
        assertThat(current).map(r -> r.asMap()).containsExactly(
                Map.of("owner", SOKOLOV, "share", 51.0, "start", LocalDate.of(2015, 11, 25), "type", "shareholding"),
                Map.of("owner", HOLDING, "share", 49.0, "start", LocalDate.of(2016, 3, 29), "type", "shareholding"));
        assertThat(query(graph, """
                MATCH (:Company {id: $holding})-[r:OWNS]->(:Company {id: $company}) WHERE r.share IS NULL
                RETURN r.role AS role""", Map.of("company", COMPANY, "holding", HOLDING)).getFirst()
                .get("role").asString()).as("the 'subsidiary of' link without a percentage").isEqualTo("subsidiary of");
    }

    @Test
    void endedStakesKeepTheirEndDates() {
        loadCluster();

        var ended = query(graph, """
                MATCH (o:Entity)-[r:OWNS]->(:Company {id: $company}) WHERE r.endDate IS NOT NULL
                RETURN o.name AS owner, r.share AS share, r.endDate AS end ORDER BY share DESC""",
                Map.of("company", COMPANY));
        assertThat(ended).map(r -> List.of(r.get("owner").asString(), r.get("share").asDouble(),
                r.get("end").asLocalDate())).containsExactly(
                List.of("Pavel Igorevich SOKOLOV", 50.0, LocalDate.of(2023, 3, 2)),
                List.of("Pavel Igorevich SOKOLOV", 48.0, LocalDate.of(2023, 12, 21)),
                List.of("Kama Trading LLC", 2.0, LocalDate.of(2023, 12, 21)),
                List.of("Irina Petrovna Sokolova", 1.0, LocalDate.of(2023, 3, 2)));
    }

    @Test
    void sokolovHasFourRelativesAndTwoDirectorships() {
        loadCluster();

        var relatives = query(graph, """
                MATCH (p:Person)-[r:FAMILY_OF]->(:Person {id: $sokolov}) RETURN p.id AS id, r.role AS role""",
                Map.of("sokolov", SOKOLOV));
        assertThat(relatives).hasSize(4).allSatisfy(r -> assertThat(r.get("role").asString())
                .isEqualTo("Family member of"));
        assertThat(relatives).map(r -> r.get("id").asString()).contains("ka-wife", "ka-brother");
        var directorships = query(graph, """
                MATCH (:Person {id: $sokolov})-[r:DIRECTOR_OF]->(c:Company) RETURN c.id AS id, r.role AS role""",
                Map.of("sokolov", SOKOLOV));
        assertThat(directorships).map(r -> r.get("id").asString()).containsExactlyInAnyOrder(COMPANY, "ka-service");
    }

    @Test
    void cyrillicNamesAreSearchable() {
        loadCluster();

        var hits = query(graph, """
                CALL db.index.fulltext.queryNodes('entity_names', 'Камские') YIELD node
                RETURN node.id AS id""");
        assertThat(hits).map(r -> r.get("id").asString()).contains(HOLDING);
        var sokolov = query(graph, "MATCH (p:Person {id: $id}) RETURN p.name AS name, p.aliases AS aliases, "
                + "p.inn AS inn, p.birthDate AS born", Map.of("id", SOKOLOV)).getFirst();
        assertThat(sokolov.get("name").asString()).isEqualTo("Pavel Igorevich SOKOLOV");
        assertThat(sokolov.get("aliases").asList(Value::asString)).contains("Павел Игоревич Соколов");
        assertThat(sokolov.get("inn").asString()).isEqualTo("183190441708");
        assertThat(sokolov.get("born").asLocalDate()).isEqualTo(LocalDate.of(1968, 5, 14));
    }

    @Test
    void sanctionsTargetTheCompanyAndSokolov() {
        loadCluster();

        var targets = query(graph, """
                MATCH (s:Sanction)-[:TARGETS]->(e:Entity) RETURN e.id AS id, count(DISTINCT s) AS listings
                ORDER BY id""");
        assertThat(targets).map(r -> r.get("id").asString()).containsExactlyInAnyOrder(COMPANY, SOKOLOV);
        var ofac = query(graph, """
                MATCH (s:Sanction {authority: 'OFAC', program: 'RUSSIA-EO14024'})-[:TARGETS]->(:Entity {id: $id})
                RETURN count(s) AS n""", Map.of("id", SOKOLOV));
        assertThat(ofac.getFirst().get("n").asLong()).isEqualTo(1);
        var eu = query(graph, """
                MATCH (s:Sanction {authority: 'EU'})-[:TARGETS]->(:Entity {id: $id}) RETURN count(s) AS n""",
                Map.of("id", SOKOLOV));
        assertThat(eu.getFirst().get("n").asLong()).as("Council of the European Union").isEqualTo(1);
    }

    @Test
    void loadingTheSameFileTwiceChangesNothing() {
        var first = loadCluster();
        var before = counts();

        var second = ftm.load(CLUSTER, "kama");

        assertThat(second.counts()).isEqualTo(first.counts());
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Object> counts() {
        return query(graph, """
                MATCH (n) WHERE NOT n:LoadRun AND NOT n:__SchemaMigration
                WITH count(n) AS nodes
                OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships""").getFirst().asMap();
    }

    @Test
    void aLineThatIsNotJsonIsRejectedWithItsLineNumber(@TempDir Path dir) throws IOException {
        var file = dir.resolve("small.ftm.jsonl");
        Files.writeString(file, """
                {"id":"c1","schema":"Company","properties":{"name":["Orion LLC"],"country":["ru"]}}
                not json
                {"id":"p1","schema":"Person","properties":{"name":["Ivan Ivanov"]}}
                {"id":"o1","schema":"Ownership","properties":{"owner":["p1"],"asset":["c1"],"percentage":["60%"]}}
                {"id":"o2","schema":"Ownership","properties":{"owner":["p9"],"asset":["c1"]}}
                """, StandardCharsets.UTF_8);

        var report = ftm.load(file, "small");

        assertThat(report.counts()).isEqualTo(new LoadCounts(2, 0, 1, 0, 0, 2));
        assertThat(report.rejects()).map(Reject::line).containsExactly(2L, 5L);
        assertThat(report.rejects()).map(Reject::file).as("a dangling link names the file it came from")
                .containsOnly("small.ftm.jsonl");
        assertThat(report.rejects().getFirst().reason()).startsWith("not a JSON entity");
        assertThat(report.rejects().get(1).reason()).contains("dangling reference", "p9");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused(@TempDir Path dir) throws IOException {
        var file = dir.resolve("latin1.ftm.jsonl");
        Files.write(file, "{\"id\":\"c1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Soci\u00e9t\u00e9\"]}}"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> ftm.load(file, "latin1")).isInstanceOf(LoadException.class)
                .hasMessageContaining("not valid UTF-8");
    }
}
