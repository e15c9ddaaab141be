package io.ownerscope.loading.gleif;

import static io.ownerscope.testing.TestGraphs.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import io.ownerscope.graph.Graph;
import io.ownerscope.loading.LoadCounts;
import io.ownerscope.loading.LoadReport;
import io.ownerscope.loading.LoadRun;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import io.ownerscope.testing.TestLoads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The GLEIF loaders against the in-process Neo4j harness, on the bodspipelines fixtures (GLEIF golden copy, CC0). */
class GleifLoadingIT {

    private static final Path FIXTURES = Path.of("src/test/resources/gleif");
    private static final String FX = "98450051BS9C610A8T78";
    private static final String GLOBAL_PAYMENTS = "2138002YAB7Z9KO21397";
    private static final String MONEYTECH = "984500501A1B1045PB30";

    Graph graph;
    TestLoads.Format lei;
    TestLoads.Format rr;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());
        var rows = TestLoads.service(graph, 1000);
        lei = new TestLoads.Format(rows, "gleif-lei");
        rr = new TestLoads.Format(rows, "gleif-rr");
    }

    private static Path fixture(String name) {
        var file = FIXTURES.resolve(name);
        return file;
    }

    private LoadReport[] loadUpdates() {
        return new LoadReport[] {lei.load(fixture("lei-updates-data2.xml"), "gleif"),
                rr.load(fixture("rr-updates-data2.xml"), "gleif")};
    }

    @Test
    void theUpdateFilesLoadWithoutRejects() {
        var reports = loadUpdates();

        assertThat(reports[0].rejects()).isEmpty();
        assertThat(reports[0].counts()).isEqualTo(new LoadCounts(12, 0, 12, 0, 0, 0));
        assertThat(reports[1].rejects()).isEmpty();
        assertThat(reports[1].counts()).isEqualTo(new LoadCounts(0, 0, 7, 0, 0, 0));
        assertThat(reports[1].warnings()).containsExactly("rr-updates-data2.xml: 4 IS_FUND-MANAGED_BY "
                + "relationship(s) skipped; ownerscope models accounting consolidation only");
    }

    @Test
    void monoovaFxIsControlledThroughMonoovaGlobalPaymentsByMoneytech() {
        loadUpdates();

        var links = query(graph, """
                MATCH (parent:Company)-[r:CONTROLS]->(child:Company)
                WHERE child.id IN [$fx, $payments]
                RETURN parent.name AS parent, child.name AS child, r.role AS role, r.interestType AS type,
                       r.startDate AS start, r.share IS NULL AND r.shareMin IS NULL AS noShare
                ORDER BY child, role""", Map.of("fx", FX, "payments", GLOBAL_PAYMENTS));
        assertThat(links).map(r -> r.asMap()).containsExactly(
                link("MONOOVA GLOBAL PAYMENTS PTY LTD", "MONOOVA FX PTY LTD", "directly consolidated (GLEIF)",
                        LocalDate.of(2018, 6, 30)),
                link("MONEYTECH GROUP LIMITED", "MONOOVA FX PTY LTD", "ultimately consolidated (GLEIF)",
                        LocalDate.of(2018, 6, 30)),
                link("MONEYTECH GROUP LIMITED", "MONOOVA GLOBAL PAYMENTS PTY LTD", "directly consolidated (GLEIF)",
                        LocalDate.of(2019, 6, 30)),
                link("MONEYTECH GROUP LIMITED", "MONOOVA GLOBAL PAYMENTS PTY LTD", "ultimately consolidated (GLEIF)",
                        LocalDate.of(2019, 6, 30)));
        var chain = query(graph, """
                MATCH p = (:Company {id: $moneytech})-[:CONTROLS {role: 'directly consolidated (GLEIF)'}]->
                          (:Company {id: $payments})-[:CONTROLS {role: 'directly consolidated (GLEIF)'}]->
                          (:Company {id: $fx})
                RETURN count(p) AS paths""", Map.of("moneytech", MONEYTECH, "payments", GLOBAL_PAYMENTS, "fx", FX));
        assertThat(chain.getFirst().get("paths").asLong()).isEqualTo(1);
        assertThat(query(graph, "MATCH (e:Entity)-[:OWNS]->() RETURN count(e) AS owners").getFirst()
                .get("owners").asLong()).as("consolidation states no stake").isZero();
    }

    private static Map<String, Object> link(String parent, String child, String role, LocalDate start) {
        return Map.of("parent", parent, "child", child, "role", role, "type", "otherInfluenceOrControl",
                "start", start, "noShare", true);
    }

    @Test
    void aLeiRecordCarriesItsIdentifiersAndLegalAddress() {
        loadUpdates();

        var fx = query(graph, """
                MATCH (c:Company {id: $fx})-[:REGISTERED_AT]->(a:Address)
                RETURN c.lei AS lei, c.country AS country, c.sourceUrl AS url, a.full AS address""",
                Map.of("fx", FX)).getFirst();
        assertThat(fx.get("lei").asString()).isEqualTo(FX);
        assertThat(fx.get("country").asString()).isEqualTo("AU");
        assertThat(fx.get("url").asString()).isEqualTo("https://search.gleif.org/#/record/" + FX);
        assertThat(fx.get("address").asString()).endsWith(", AU");
    }

    @Test
    void relationshipsWhoseEndsAreNotLoadedAreRejectedAsDangling() {
        lei.load(fixture("lei-data.xml"), "gleif");

        var report = rr.load(fixture("rr-data.xml"), "gleif");

        assertThat(report.counts().relationships()).isZero();
        assertThat(report.rejects()).hasSize(2)
                .allSatisfy(reject -> assertThat(reject.reason()).startsWith("dangling reference"))
                .allSatisfy(reject -> assertThat(reject.file()).isEqualTo("rr-data.xml"));
    }

    @Test
    void loadingTheSameFilesTwiceChangesNothing() {
        var first = loadUpdates();
        var before = counts();

        var second = loadUpdates();

        assertThat(second[0].counts()).isEqualTo(first[0].counts());
        assertThat(second[1].counts()).isEqualTo(first[1].counts());
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Object> counts() {
        return query(graph, """
                MATCH (n) WHERE NOT n:LoadRun AND NOT n:__SchemaMigration
                WITH count(n) AS nodes
                OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships""").getFirst().asMap();
    }
}
