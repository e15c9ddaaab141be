package io.ownerscope.loading.ftm;

import static io.ownerscope.testing.TestGraphs.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

/** The FollowTheMoney loader against the in-process Neo4j harness, on the ZALA cluster from OpenSanctions. */
class FtmLoadingIT {

    private static final Path ZALA = Path.of("../shared/data/opensanctions-yente/zala_entities.ftm.jsonl");
    private static final String CST = "NK-abdzbEBkqyT29GyREbiURZ";
    private static final String ZAKHAROV = "NK-aU5ybkbRFJucf8YMwsJvDw";
    private static final String KALASHNIKOV = "NK-nR5AXM9AVPq4pQaSPSaVam";

    Graph graph;
    TestLoads.Format ftm;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());
        ftm = TestLoads.format(graph, "ftm");
    }

    private LoadReport loadZala() {
        assumeTrue(Files.exists(ZALA), "the shared OpenSanctions data is beside the repository");
        return ftm.load(ZALA, "zala");
    }

    @Test
    void theZalaClusterLoadsWithoutRejects() {
        var report = loadZala();

        assertThat(report.rejects()).isEmpty();
        assertThat(report.counts()).as("11 addresses; 21 links, 11 addressEntity links and 7 address texts")
                .isEqualTo(new LoadCounts(17, 11, 39, 41, 0, 0));
        assertThat(report.warnings()).containsExactlyInAnyOrder(
                "zala_entities.ftm.jsonl: 1 Passport entity has no number; nothing was kept from it",
                "zala_entities.ftm.jsonl: 16 addressEntity references name an Address that is not in this file;"
                        + " not linked");
    }

    @Test
    void llcCstIsRegisteredAtItsAddressEntities() {
        loadZala();

        var addresses = query(graph, """
                MATCH (:Company {id: $cst})-[r:REGISTERED_AT]->(a:Address) RETURN a.id AS id, a.full AS full,
                       r.dataset AS dataset ORDER BY id""", Map.of("cst", CST));
        assertThat(addresses).map(r -> r.get("id").asString()).contains("NK-oPoYieLmcZgkCCnJGPRhBN",
                "addr-1792725a5f4435b80bd24a4421634aeeb3c513f8");
        assertThat(addresses).allSatisfy(r -> assertThat(r.get("dataset").asString()).isEqualTo("zala"));
    }

    @Test
    void llcCstIsOwned51PercentByZakharovAnd49ByKalashnikovToday() {
        loadZala();

        var current = query(graph, """
                MATCH (o:Entity)-[r:OWNS]->(:Company {id: $cst}) WHERE r.endDate IS NULL AND r.share IS NOT NULL
                RETURN o.id AS owner, r.share AS share, r.startDate AS start, r.interestType AS type ORDER BY share DESC
                """, Map.of("cst", CST));
        assertThat(current).map(r -> r.asMap()).containsExactly(
                Map.of("owner", ZAKHAROV, "share", 51.0, "start", LocalDate.of(2015, 11, 25), "type", "shareholding"),
                Map.of("owner", KALASHNIKOV, "share", 49.0, "start", LocalDate.of(2016, 3, 29),
                        "type", "shareholding"));
        assertThat(query(graph, """
                MATCH (:Company {id: $kalashnikov})-[r:OWNS]->(:Company {id: $cst}) WHERE r.share IS NULL
                RETURN r.role AS role""", Map.of("cst", CST, "kalashnikov", KALASHNIKOV)).getFirst()
                .get("role").asString()).as("the 'subsidiary of' link without a percentage").isEqualTo("subsidiary of");
    }

    @Test
    void endedStakesInLlcCstKeepTheirEndDates() {
        loadZala();

        var ended = query(graph, """
                MATCH (o:Entity)-[r:OWNS]->(:Company {id: $cst}) WHERE r.endDate IS NOT NULL
                RETURN o.name AS owner, r.share AS share, r.endDate AS end ORDER BY share DESC""", Map.of("cst", CST));
        assertThat(ended).map(r -> List.of(r.get("owner").asString(), r.get("share").asDouble(),
                r.get("end").asLocalDate())).containsExactly(
                List.of("Alexander Vyacheslavovich ZAKHAROV", 50.0, LocalDate.of(2023, 3, 2)),
                List.of("Alexander Vyacheslavovich ZAKHAROV", 48.0, LocalDate.of(2023, 12, 21)),
                List.of("Акціонерне товариство \"ТрансКомплектХолдинг\"", 2.0, LocalDate.of(2023, 12, 21)),
                List.of("Svetlana Nikolaevna Zakharova", 1.0, LocalDate.of(2023, 3, 2)));
    }

    @Test
    void zakharovHasFourRelativesAndTwoDirectorships() {
        loadZala();

        var relatives = query(graph, """
                MATCH (p:Person)-[r:FAMILY_OF]->(:Person {id: $zakharov}) RETURN p.id AS id, r.role AS role""",
                Map.of("zakharov", ZAKHAROV));
        assertThat(relatives).hasSize(4).allSatisfy(r -> assertThat(r.get("role").asString())
                .isEqualTo("Family member of"));
        assertThat(relatives).map(r -> r.get("id").asString()).contains("NK-DQ98GPMgdVH8DSZd8g9Xtc");
        var directorships = query(graph, """
                MATCH (:Person {id: $zakharov})-[r:DIRECTOR_OF]->(c:Company) RETURN c.id AS id, r.role AS role""", Map.of("zakharov", ZAKHAROV));
        assertThat(directorships).map(r -> r.get("id").asString())
                .containsExactlyInAnyOrder(CST, "NK-SiYwWfxwLVrVeFswsvAvsm");
    }

    @Test
    void cyrillicAliasesAreSearchable() {
        loadZala();

        var hits = query(graph, """
                CALL db.index.fulltext.queryNodes('entity_names', 'Калашников') YIELD node
                RETURN node.id AS id""");
        assertThat(hits).map(r -> r.get("id").asString()).contains(KALASHNIKOV);
        var zakharov = query(graph, "MATCH (p:Person {id: $id}) RETURN p.name AS name, p.aliases AS aliases, "
                + "p.inn AS inn, p.birthDate AS born", Map.of("id", ZAKHAROV)).getFirst();
        assertThat(zakharov.get("name").asString()).isEqualTo("Alexander Vyacheslavovich ZAKHAROV");
        assertThat(zakharov.get("aliases").asList(Value::asString)).contains("Александр Вячеславович Захаров");
        assertThat(zakharov.get("inn").asString()).isEqualTo("183111242406");
        assertThat(zakharov.get("born").asLocalDate()).isEqualTo(LocalDate.of(1965, 9, 21));
    }

    @Test
    void sanctionsTargetLlcCstAndZakharov() {
        loadZala();

        var targets = query(graph, """
                MATCH (s:Sanction)-[:TARGETS]->(e:Entity) RETURN e.id AS id, count(DISTINCT s) AS listings
                ORDER BY id""");
        assertThat(targets).map(r -> r.get("id").asString()).containsExactlyInAnyOrder(CST, ZAKHAROV);
        var ofac = query(graph, """
                MATCH (s:Sanction {authority: 'OFAC', program: 'RUSSIA-EO14024'})-[:TARGETS]->(:Entity {id: $id})
                RETURN count(s) AS n""", Map.of("id", ZAKHAROV));
        assertThat(ofac.getFirst().get("n").asLong()).isEqualTo(1);
        var eu = query(graph, """
                MATCH (s:Sanction {authority: 'EU'})-[:TARGETS]->(:Entity {id: $id}) RETURN count(s) AS n""",
                Map.of("id", ZAKHAROV));
        assertThat(eu.getFirst().get("n").asLong()).as("Council of the European Union").isEqualTo(1);
    }

    @Test
    void loadingTheSameFileTwiceChangesNothing() {
        var first = loadZala();
        var before = counts();

        var second = ftm.load(ZALA, "zala");

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
