package io.ownerscope.loading.ofac;

import static io.ownerscope.testing.TestGraphs.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.ownerscope.graph.Graph;
import io.ownerscope.loading.LoadReport;
import io.ownerscope.loading.LoadRun;
import io.ownerscope.loading.Reject;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import io.ownerscope.testing.TestLoads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OFAC SDN loader against the in-process Neo4j harness, on real SDN rows. */
class OfacSdnLoadingIT {

    private static final Path FRAGMENT = Path.of("src/test/resources/ofac/fragment");
    private static final Path UKRAINE_2019 = Path.of("src/test/resources/ofac/ukraine-2019");

    Graph graph;
    TestLoads.Format ofac;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());
        ofac = TestLoads.format(graph, "ofac-sdn");
    }

    private LoadReport loadFragment() {
        return ofac.load(FRAGMENT, "ofac-sdn");
    }

    @Test
    void theFragmentLoadsWithoutRejects() {
        var report = loadFragment();

        assertThat(report.rejects()).isEmpty();
        assertThat(report.counts().entities()).isEqualTo(17);
        assertThat(report.counts().sanctions()).isGreaterThanOrEqualTo(17);
    }

    @Test
    void russiaProgramEntriesAreListedByOfacUnderEo14024() {
        loadFragment();

        var listed = query(graph, """
                MATCH (s:Sanction {authority: 'OFAC', program: 'RUSSIA-EO14024'})-[:TARGETS]->(e:Entity)
                RETURN e.id AS id, e.name AS name ORDER BY id""");
        assertThat(listed).map(r -> r.get("name").asString())
                .containsExactly("NS LEADER", "AUTONOMOUS NON-PROFIT ORGANIZATION DIALOG REGIONS");
        var dialog = query(graph, """
                MATCH (c:Company {id: 'ofac-sdn-50544'}) RETURN c.inn AS inn, c.ogrn AS ogrn, c.country AS country""")
                .getFirst();
        assertThat(dialog.get("inn").asString()).isEqualTo("9709063550");
        assertThat(dialog.get("ogrn").asString()).isEqualTo("1207700248030");
        assertThat(dialog.get("country").asString()).isEqualTo("RU");
    }

    @Test
    void aliasesAreSearchable() {
        loadFragment();

        var hits = query(graph, """
                CALL db.index.fulltext.queryNodes('entity_names', 'KARKHANEJATE') YIELD node
                RETURN node.id AS id""");
        assertThat(hits).map(r -> r.get("id").asString()).containsExactly("ofac-sdn-11195");
        var khoroshev = query(graph, """
                CALL db.index.fulltext.queryNodes('entity_names', '"Dmitry Yuryevich KHOROSHEV"') YIELD node
                RETURN node.id AS id""");
        assertThat(khoroshev).map(r -> r.get("id").asString()).contains("ofac-sdn-48603");
    }

    @Test
    void addressesBecomeAddressNodes() {
        loadFragment();

        var address = query(graph, """
                MATCH (:Company {id: 'ofac-sdn-50544'})-[:REGISTERED_AT]->(a:Address) RETURN count(a) AS n""");
        assertThat(address.getFirst().get("n").asLong()).isEqualTo(1);
    }

    @Test
    void loadingTheSameFilesTwiceChangesNothing() {
        var first = loadFragment();
        var before = counts();

        var second = ofac.load(FRAGMENT, "ofac-sdn");

        assertThat(second.counts()).isEqualTo(first.counts());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aBrokenLineIsRejectedAndTheRestLoads(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("sdn.csv"), """
                1,"ORION LLC",-0- ,"RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Linked To: IVANOV, Ivan."
                2,"IVANOV, Ivan","individual"
                3,"IVANOV, Ivan","individual","RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-
                """, StandardCharsets.UTF_8);

        var report = ofac.load(dir, "small");

        assertThat(report.rejects()).map(Reject::toString).containsExactly("sdn.csv:2: expected 12 cells, found 3");
        assertThat(report.counts().entities()).isEqualTo(2);
        assertThat(report.counts().relationships()).isEqualTo(1);
        assertThat(report.counts().sanctions()).isEqualTo(2);
    }

    @Test
    void theUkraineProgrammesOf2019LoadWithTheirLinks() {
        var report = ofac.load(UKRAINE_2019, "ofac-sdn-2019");

        assertThat(report.rejects()).isEmpty();
        assertThat(report.counts().entities()).as("every sdn.csv row").isEqualTo(369);
        assertThat(report.counts().sanctions()).as("a listing per programme of each row").isEqualTo(385);
        var linked = query(graph, """
                MATCH (:Entity)-[r:ASSOCIATE_OF {role: 'linked to (OFAC)'}]->(:Entity) RETURN count(r) AS n""");
        assertThat(linked.getFirst().get("n").asLong()).as("the 'Linked To' remarks naming an entry of the file")
                .isEqualTo(71);
    }

    private Map<String, Object> counts() {
        return query(graph, """
                MATCH (n) WHERE NOT n:LoadRun AND NOT n:__SchemaMigration
                WITH count(n) AS nodes
                OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships""").getFirst().asMap();
    }
}
