package io.ownerscope.loading.un;

import static io.ownerscope.testing.TestGraphs.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import io.ownerscope.graph.Graph;
import io.ownerscope.loading.LoadCounts;
import io.ownerscope.loading.LoadException;
import io.ownerscope.loading.LoadRun;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import io.ownerscope.testing.TestLoads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The UN consolidated list loader against the in-process Neo4j harness. */
class UnLoadingIT {

    private static final Path RUSSIA = Path.of("src/test/resources/un/consolidated-russia.xml");

    @TempDir
    Path dir;
    Graph graph;
    TestLoads.Format un;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());
        un = TestLoads.format(graph, "un");
    }

    private Path fixture() throws IOException {
        var file = dir.resolve("consolidated-small.xml");
        try (InputStream in = getClass().getResourceAsStream("/un/consolidated-small.xml")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void listedPeopleAndEntitiesCarryTheirUnListing() throws IOException {
        var report = un.load(fixture(), "un-sc");

        assertThat(report.rejects()).isEmpty();
        assertThat(report.counts()).isEqualTo(new LoadCounts(4, 3, 3, 4, 0, 0));
        var listing = query(graph, """
                MATCH (s:Sanction {authority: 'UN'})-[:TARGETS]->(p:Person {id: 'un-sc-QDi.290'})
                RETURN s.program AS program, s.listedOn AS listedOn, s.dataset AS dataset, s.recordId AS recordId,
                       p.nationality AS nationality, p.aliases AS aliases""").getFirst();
        assertThat(listing.get("program").asString()).isEqualTo("Al-Qaida");
        assertThat(listing.get("listedOn").asLocalDate()).isEqualTo(LocalDate.of(2011, 3, 10));
        assertThat(listing.get("dataset").asString()).isEqualTo("un-sc");
        assertThat(listing.get("recordId").asString()).isEqualTo("un-sc-QDi.290|UN|Al-Qaida");
        assertThat(listing.get("nationality").asString()).isEqualTo("RU");
        assertThat(listing.get("aliases").asList(v -> v.asString())).contains("Умаров Доку Хаматович");
        var hits = query(graph, """
                CALL db.index.fulltext.queryNodes('entity_names', 'KOMID') YIELD node
                MATCH (node)-[:REGISTERED_AT]->(a:Address) RETURN node.id AS id, a.country AS country""");
        assertThat(hits).map(r -> r.get("id").asString() + " " + r.get("country").asString())
                .containsExactly("un-sc-KPe.001 KP");
    }

    @Test
    void loadingTheSameFileTwiceChangesNothing() throws IOException {
        var file = fixture();
        var first = un.load(file, "un-sc");
        var before = counts();

        var second = un.load(file, "un-sc");

        assertThat(second.counts()).isEqualTo(first.counts());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedInOneLine() throws IOException {
        var file = dir.resolve("latin1.xml");
        Files.write(file, "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>Jos\u00e9</FIRST_NAME>"
                .concat("</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>").getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> un.load(file, "un-sc")).isInstanceOf(LoadException.class)
                .hasMessage("latin1.xml: is not valid UTF-8 at line 1 (byte offset 59); the UN consolidated list is published as UTF-8 XML");
    }

    @Test
    void otherXmlIsRefusedBeforeAnythingIsLoaded() throws IOException {
        var file = dir.resolve("lei.xml");
        Files.writeString(file, "<LEIData><LEIRecords/></LEIData>");

        assertThatThrownBy(() -> un.load(file, "un-sc")).isInstanceOf(LoadException.class)
                .hasMessage("lei.xml: has root element <LEIData>; expected the UN consolidated list "
                        + "(CONSOLIDATED_LIST)");
        assertThat(query(graph, "MATCH (r:LoadRun) RETURN count(r) AS n").getFirst().get("n").asLong()).isZero();
    }

    @Test
    void theRussianEntriesOfTheRealListLoadWithoutRejects() {
        var report = un.load(RUSSIA, "un-sc");

        assertThat(report.rejects()).isEmpty();
        assertThat(report.counts().entities()).isEqualTo(33 + 17);
        assertThat(report.counts().sanctions()).isEqualTo(33 + 17);
        assertThat(report.warnings()).containsExactly("consolidated-russia.xml: country names without an ISO code, "
                + "left empty: former Soviet Union, na");
        var russians = query(graph, "MATCH (p:Person {nationality: 'RU'}) RETURN count(p) AS n");
        assertThat(russians.getFirst().get("n").asLong()).isPositive();
    }

    private Map<String, Object> counts() {
        return query(graph, """
                MATCH (n) WHERE NOT n:LoadRun AND NOT n:__SchemaMigration
                WITH count(n) AS nodes
                OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships""").getFirst().asMap();
    }
}
