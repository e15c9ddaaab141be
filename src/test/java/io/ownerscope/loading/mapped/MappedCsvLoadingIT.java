package io.ownerscope.loading.mapped;

import static io.ownerscope.testing.TestGraphs.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.ownerscope.graph.Graph;
import io.ownerscope.loading.LoadCounts;
import io.ownerscope.loading.Reject;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import io.ownerscope.testing.TestLoads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

/** The shipped mappings, loading their fixtures (good rows and bad) into the in-process Neo4j harness. */
class MappedCsvLoadingIT {

    private static final Path KZ_MAPPING = Path.of("data-loaders/mappings/kz-registry.yml");
    private static final Path KZ_FILE = Path.of("src/test/resources/mapped-csv/kz-registry.csv");
    private static final Path CUSTOMS_MAPPING = Path.of("data-loaders/mappings/customs-declarations.yml");
    private static final Path CUSTOMS_FILE = Path.of("src/test/resources/mapped-csv/customs-declarations.csv");
    private static final String DALA = "kz-bin-180340021587";

    Graph graph;
    TestLoads.Format loader;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());
        loader = new TestLoads.Format(TestLoads.service(graph, 2), "mapped-csv");
    }

    @Test
    void theKazakhRegistryLoadsCompaniesDirectorsAndAddressesAndRejectsItsBadRows() {
        var report = loader.load(KZ_MAPPING, KZ_FILE, "kz-registry");

        assertThat(report.counts()).as("4 companies and 3 directors; 4 REGISTERED_AT and 3 DIRECTOR_OF")
                .isEqualTo(new LoadCounts(7, 0, 7, 0, 0, 3));
        assertThat(report.rejects()).map(Reject::file).containsOnly("kz-registry.csv");
        assertThat(report.rejects()).map(r -> r.line() + ": " + r.reason()).containsExactly(
                "6: missing БИН (key of company)",
                "7: column 'Дата регистрации' value '31.02.2021' is not a date in the format %d.%m.%Y",
                "8: has 4 cells, the header has 9");
        assertThat(report.rejects().get(1).raw()).startsWith("210540009876;«Көктем Импэкс» ЖШС;");
    }

    @Test
    void aKazakhCompanyKeepsItsRussianAndKazakhNamesItsBinAndActivity() {
        loader.load(KZ_MAPPING, KZ_FILE, "kz-registry");

        var company = query(graph, "MATCH (c:Company {id: $id}) RETURN c", Map.of("id", DALA)).getFirst().get("c");
        assertThat(company.get("name").asString())
                .isEqualTo("Товарищество с ограниченной ответственностью «Дала Трейд Логистикс»");
        assertThat(company.get("aliases").asList(Value::asString))
                .containsExactly("«Дала Трейд Логистикс» жауапкершілігі шектеулі серіктестігі");
        assertThat(company.asMap()).containsEntry("bin", "180340021587").containsEntry("country", "KZ")
                .containsEntry("incorporationDate", LocalDate.of(2018, 3, 14))
                .containsEntry("activityCode", "46521")
                .containsEntry("activityName",
                        "Оптовая торговля электронным и телекоммуникационным оборудованием и его частями")
                .containsEntry("registerStatus", "Зарегистрирован")
                .containsEntry("dataset", "kz-registry").containsEntry("recordId", DALA);
        var shygys = query(graph, "MATCH (c:Company {id: 'kz-bin-150840003344'}) RETURN c.name AS name,"
                + " c.aliases AS aliases").getFirst();
        assertThat(shygys.get("name").asString()).as("no Kazakh name: the Russian one alone")
                .isEqualTo("ТОО «Шыгыс Снаб»");
        assertThat(shygys.get("aliases").isNull()).as("no aliases, no property").isTrue();
        var hits = query(graph, """
                CALL db.index.fulltext.queryNodes('entity_names', 'серіктестігі') YIELD node RETURN node.id AS id""");
        assertThat(hits).map(r -> r.get("id").asString()).as("the Kazakh name is searchable").contains(DALA);
    }

    @Test
    void directorsLinkToTheirCompanyAndACompanyWithoutOneStandsAlone() {
        loader.load(KZ_MAPPING, KZ_FILE, "kz-registry");

        var directors = query(graph, """
                MATCH (p:Person)-[r:DIRECTOR_OF]->(c:Company) RETURN p.name AS person, c.id AS company,
                r.role AS role, r.dataset AS dataset ORDER BY company""");
        assertThat(directors).map(r -> List.of(r.get("person").asString(), r.get("company").asString(),
                r.get("role").asString(), r.get("dataset").asString())).containsExactly(
                List.of("Сейткали Нурлан Ерланович", DALA, "руководитель", "kz-registry"),
                List.of("Ким Виктор Александрович", "kz-bin-190240008812", "руководитель", "kz-registry"),
                List.of("Жумабекова Айгерим Маратовна", "kz-bin-201140015233", "руководитель", "kz-registry"));
        assertThat(query(graph, "MATCH (:Company {id: 'kz-bin-150840003344'})<-[r:DIRECTOR_OF]-() RETURN r"))
                .isEmpty();
    }

    @Test
    void twoCompaniesRegisteredAtOneLegalAddressShareTheAddressNode() {
        loader.load(KZ_MAPPING, KZ_FILE, "kz-registry");

        var shared = query(graph, """
                MATCH (c:Company)-[:REGISTERED_AT]->(a:Address) WITH a, collect(c.id) AS companies
                WHERE size(companies) > 1 RETURN a.full AS address, a.country AS country, companies""");
        assertThat(shared).hasSize(1);
        assertThat(shared.getFirst().get("address").asString())
                .isEqualTo("г. Алматы, Алмалинский район, пр. Абая, д. 150, н.п. 12");
        assertThat(shared.getFirst().get("country").asString()).isEqualTo("KZ");
        assertThat(shared.getFirst().get("companies").asList(Value::asString))
                .containsExactlyInAnyOrder(DALA, "kz-bin-201140015233");
    }

    @Test
    void customsDeclarationsBecomeShipmentsBetweenExportersAndConsignees() {
        var report = loader.load(CUSTOMS_MAPPING, CUSTOMS_FILE, "customs");

        assertThat(report.counts()).as("5 parties (the Kazakh one both consignee and exporter), 4 goods items")
                .isEqualTo(new LoadCounts(5, 0, 0, 0, 4, 4));
        var item = query(graph, """
                MATCH (e:Company)-[:EXPORTED]->(s:Shipment {id: $id})-[:CONSIGNED_TO]->(c:Company)
                RETURN e.name AS exporter, e.country AS exporterCountry, c.name AS consignee, s.hsCode AS hsCode,
                s.hs6 AS hs6, s.valueUsd AS valueUsd, s.quantity AS quantity, s.unit AS unit, s.date AS date,
                s.originCountry AS origin, s.destinationCountry AS destination, s.recordId AS recordId""",
                Map.of("id", "customs-decl-10005020/140223/0012345-1")).getFirst().asMap();
        assertThat(item).containsEntry("exporter", "Shenzhen Huaxin Microelectronics Co., Ltd.")
                .containsEntry("exporterCountry", "CN").containsEntry("consignee", "TOO Dala Trade Logistics")
                .containsEntry("hsCode", "8542310000").containsEntry("hs6", "854231")
                .containsEntry("valueUsd", 19316.40).containsEntry("quantity", 1200.0).containsEntry("unit", "pcs")
                .containsEntry("date", LocalDate.of(2023, 2, 14)).containsEntry("origin", "CN")
                .containsEntry("destination", "KZ")
                .containsEntry("recordId", "customs-decl-10005020/140223/0012345-1");
    }

    @Test
    void chipsReachRussiaThroughTheKazakhConsignee() {
        loader.load(CUSTOMS_MAPPING, CUSTOMS_FILE, "customs");

        var chain = query(graph, """
                MATCH (cn:Company {country: 'CN'})-[:EXPORTED]->(s1:Shipment)-[:CONSIGNED_TO]->(kz:Company)
                      -[:EXPORTED]->(s2:Shipment)-[:CONSIGNED_TO]->(ru:Company {country: 'RU'})
                WHERE s1.hs6 STARTS WITH '8542' AND s2.hs6 STARTS WITH '8542' AND s1.date < s2.date
                RETURN DISTINCT kz.id AS via, ru.name AS consignee""");
        assertThat(chain).map(r -> r.get("via").asString() + " -> " + r.get("consignee").asString())
                .containsExactly("customs-KZ-180340021587 -> OOO Radiokomplekt");
    }

    @Test
    void badCustomsRowsAreRejectedWithTheCellAtFault() {
        var report = loader.load(CUSTOMS_MAPPING, CUSTOMS_FILE, "customs");

        assertThat(report.rejects()).map(r -> r.line() + ": " + r.reason()).containsExactly(
                "6: column 'HS_CODE' value '8542' is not an HS code of 6 to 10 digits",
                "7: column 'STAT_VALUE_USD' value '12,5O0.00' is not a number",
                "8: column 'CONSIGNEE_COUNTRY' value 'XX' is not a known country (ISO-3166 code or name)",
                "9: column 'DECL_DATE' value '2023-03-18' is not a date in the format %d/%m/%Y");
        assertThat(query(graph, "MATCH (c:Company {name: 'Unknown Trading'}) RETURN c")).isEmpty();
    }

    @Test
    void loadingTheSameFilesTwiceChangesNothing() {
        loader.load(KZ_MAPPING, KZ_FILE, "kz-registry");
        loader.load(CUSTOMS_MAPPING, CUSTOMS_FILE, "customs");
        var first = snapshot();

        var kz = loader.load(KZ_MAPPING, KZ_FILE, "kz-registry");
        var customs = loader.load(CUSTOMS_MAPPING, CUSTOMS_FILE, "customs");

        assertThat(kz.counts().rejected()).isEqualTo(3);
        assertThat(customs.counts().rejected()).isEqualTo(4);
        assertThat(snapshot()).containsExactlyInAnyOrderElementsOf(first);
    }

    private List<Map<String, Object>> snapshot() {
        return query(graph, """
                MATCH (n) WHERE NOT n:__SchemaMigration
                OPTIONAL MATCH (n)-[r]->(m)
                RETURN labels(n) AS labels, properties(n) AS node, type(r) AS type, properties(r) AS rel, m.id AS to
                """).stream().map(r -> r.asMap()).toList();
    }
}
