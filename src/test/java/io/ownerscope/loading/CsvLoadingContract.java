package io.ownerscope.loading;

import static io.ownerscope.testing.TestGraphs.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.ownerscope.graph.Graph;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.TestGraphs;
import io.ownerscope.testing.TestLoads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** What the canonical CSV loader guarantees, run against each kind of Neo4j the tests have. */
abstract class CsvLoadingContract {

    private static final String ENTITIES_HEADER = "id,type,name,aliases,country,inn,incorporation_date,address";

    Graph graph;
    LoadService loader;

    abstract Driver driver();

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(driver());
        loader = TestLoads.service(graph, 2);
    }

    private static List<InputFile> smallCase() {
        return List.of(
                Csv.file("entities.csv", ENTITIES_HEADER,
                        "co-ru,company,OOO Orion,ООО «Орион»|Orion LLC,RU,7701234567,2010-03-01,\"Moscow, Tverskaya 1\"",
                        "co-cy,company,Kition Holdings Ltd,,CY,,2015-01-01,",
                        "pe-iv,person,Ivan Ivanov,Иван Иванов,RU,,,",
                        "addr-1,address,\"Almaty, Abay Ave 150\",,KZ,,,"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share,interest_type,start_date,role",
                        "r1,co-cy,co-ru,OWNS,80,shareholding,2019-01-01,",
                        "r2,pe-iv,co-cy,OWNS,60,shareholding,2018-01-01,",
                        "r3,pe-iv,co-ru,DIRECTOR_OF,,,2020-01-01,general director",
                        "r4,co-cy,addr-1,REGISTERED_AT,,,,"),
                Csv.file("sanctions.csv", "entity_id,authority,program,listed_on",
                        "pe-iv,OFAC,RUSSIA-EO14024,2022-04-06"),
                Csv.file("shipments.csv", "id,date,exporter_id,consignee_id,hs_code,value_usd,destination_country",
                        "s1,2023-02-01,co-cy,co-ru,85423190,1000,RU"));
    }

    @Test
    void loadsEntitiesRelationshipsSanctionsAndShipmentsWithTheirLabels() {
        var report = loader.load(smallCase(), "small", "test");

        assertThat(report.counts()).isEqualTo(new LoadCounts(3, 1, 5, 1, 1, 0));
        assertThat(query(graph, "MATCH (e:Entity {id: 'co-ru'}) RETURN labels(e) AS labels").getFirst()
                .get("labels").asList(Value::asString)).containsExactlyInAnyOrder("Entity", "Company");
        assertThat(query(graph, "MATCH (:Person {id: 'pe-iv'})-[r:OWNS]->(:Company {id: 'co-cy'}) "
                + "RETURN r.share AS share, r.shareMin AS min, r.interestType AS type, r.startDate AS start")
                .getFirst().asMap()).containsEntry("share", 60.0).containsEntry("min", 60.0)
                .containsEntry("type", "shareholding").containsEntry("start", java.time.LocalDate.of(2018, 1, 1));
        assertThat(query(graph, "MATCH (s:Sanction)-[:TARGETS]->(:Person {id: 'pe-iv'}) "
                + "RETURN s.authority AS authority, s.program AS program").getFirst().asMap())
                .containsEntry("authority", "OFAC").containsEntry("program", "RUSSIA-EO14024");
        assertThat(query(graph, "MATCH (:Company {id: 'co-cy'})-[:EXPORTED]->(s:Shipment)-[:CONSIGNED_TO]->"
                + "(:Company {id: 'co-ru'}) RETURN s.hs6 AS hs6").getFirst().get("hs6").asString()).isEqualTo("854231");
        assertThat(query(graph, "MATCH (:Company {id: 'co-ru'})-[:REGISTERED_AT]->(a:Address) RETURN a.full AS full")
                .getFirst().get("full").asString()).isEqualTo("Moscow, Tverskaya 1");
    }

    @Test
    void everyNodeAndRelationshipKeepsItsProvenance() {
        var report = loader.load(smallCase(), "small", "test");

        var unsourced = query(graph, """
                MATCH (n) WHERE NOT n:__SchemaMigration AND NOT n:LoadRun AND NOT n:User AND NOT n:ApiKey AND NOT n:AuditEntry
                  AND (n.dataset IS NULL OR n.recordId IS NULL OR n.loadRun IS NULL OR n.firstSeen IS NULL
                       OR n.lastSeen IS NULL)
                RETURN count(n) AS nodes""").getFirst().get("nodes").asLong()
                + query(graph, """
                MATCH ()-[r]->() WHERE r.dataset IS NULL OR r.recordId IS NULL OR r.loadRun IS NULL
                  OR r.firstSeen IS NULL OR r.lastSeen IS NULL
                RETURN count(r) AS relationships""").getFirst().get("relationships").asLong();
        assertThat(unsourced).isZero();
        var run = query(graph, "MATCH (r:LoadRun {id: $id}) RETURN r", Map.of("id", report.loadRunId()))
                .getFirst().get("r").asMap();
        assertThat(run).containsEntry("dataset", "small").containsEntry("status", "completed")
                .containsEntry("entities", 3L).containsEntry("rejected", 0L).containsKeys("checksum", "startedAt",
                        "finishedAt");
        assertThat(query(graph, "MATCH ()-[r:OWNS {recordId: 'r1'}]->() RETURN r.dataset AS d, r.loadRun AS run")
                .getFirst().asMap()).containsEntry("d", "small").containsEntry("run", report.loadRunId());
    }

    @Test
    void loadingTheSameFilesTwiceChangesNothing() {
        loader.load(smallCase(), "small", "test");
        var first = snapshot();

        var again = loader.load(smallCase(), "small", "test");

        assertThat(again.counts().rejected()).isZero();
        assertThat(snapshot()).containsExactlyInAnyOrderElementsOf(first);
    }

    @Test
    void aNewVersionOfASourceUpdatesWhatChangedAndKeepsFirstSeen() {
        loader.load(smallCase(), "small", "test");
        var firstSeen = query(graph, "MATCH (e:Entity {id: 'co-cy'}) RETURN e.firstSeen AS t").getFirst().get("t");

        var report = loader.load(List.of(
                Csv.file("entities.csv", ENTITIES_HEADER, "co-cy,company,Kition Holdings Limited,,CY,,2015-01-01,"),
                Csv.file("shipments.csv", "id,date,exporter_id,consignee_id,hs_code",
                        "s1,2023-02-01,co-cy,pe-iv,85423190")), "small", "test");

        var company = query(graph, "MATCH (e:Entity {id: 'co-cy'}) RETURN e").getFirst().get("e").asMap();
        assertThat(company).containsEntry("name", "Kition Holdings Limited")
                .containsEntry("firstSeen", firstSeen.asObject())
                .containsEntry("loadRun", report.loadRunId());
        assertThat(company.get("lastSeen")).isNotEqualTo(firstSeen.asObject());
        assertThat(query(graph, "MATCH (s:Shipment {id: 's1'})-[:CONSIGNED_TO]->(c) RETURN collect(c.id) AS ids")
                .getFirst().get("ids").asList(Value::asString)).containsExactly("pe-iv");
    }

    @Test
    void danglingReferencesAreRejectedWithFileLineAndReasonAndTheGoodRowsLoad() {
        var report = loader.load(List.of(
                Csv.file("entities.csv", "id,type,name", "a,company,A", "b,company,B", "addr,address,Somewhere 1"),
                Csv.file("relationships.csv", "from_id,to_id,type,share",
                        "a,b,OWNS,50",
                        "a,ghost,OWNS,10",
                        "a,addr,OWNS,10",
                        "a,b,REGISTERED_AT,",
                        "a,addr,REGISTERED_AT,"),
                Csv.file("sanctions.csv", "entity_id,authority,program", "nobody,EU,RUS-269/2014"),
                Csv.file("shipments.csv", "id,date,exporter_id,consignee_id,hs_code",
                        "s1,2023-01-01,a,b,854231", "s2,2023-01-01,a,ghost,854231")), "refs", "test");

        assertThat(report.rejects()).extracting(Reject::toString).containsExactly(
                "relationships.csv:3: dangling reference: to_id 'ghost' is not a known entity",
                "relationships.csv:4: to_id 'addr' is an address, expected an entity",
                "relationships.csv:5: to_id 'b' is an entity, expected an address",
                "sanctions.csv:2: dangling reference: entity_id 'nobody' is not a known entity",
                "shipments.csv:3: dangling reference: consignee_id 'ghost' is not a known entity");
        assertThat(report.rejects().getFirst().raw()).isEqualTo("a,ghost,OWNS,10");
        assertThat(report.counts()).isEqualTo(new LoadCounts(2, 1, 2, 0, 1, 5));
        assertThat(query(graph, "MATCH (r:LoadRun) RETURN r.status AS status").getFirst().get("status").asString())
                .isEqualTo("completed with rejects");
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndTheOtherFilesStillLoad() {
        var report = loader.load(List.of(
                Csv.file("entities.csv", "id,name", "a,A"),
                Csv.file("shipments.csv", "id,date,exporter_id,consignee_id,hs_code")), "broken", "test");

        assertThat(report.rejects()).extracting(Reject::toString).containsExactly(
                "entities.csv:1: missing required column(s) type in the header; found id,name");
        assertThat(report.counts().rejected()).isOne();
    }

    @Test
    void duplicateIdsInOneFileAreRejected() {
        var report = loader.load(List.of(Csv.file("entities.csv", "id,type,name", "a,company,A", "a,person,A2")),
                "dups", "test");

        assertThat(report.rejects()).extracting(Reject::toString)
                .containsExactly("entities.csv:3: duplicate id 'a', first on line 2");
        assertThat(query(graph, "MATCH (e:Entity {id: 'a'}) RETURN e.name AS name").getFirst().get("name")
                .asString()).isEqualTo("A");
    }

    /** Every node and relationship with all its properties, in a stable order. */
    private List<Map<String, Object>> snapshot() {
        return query(graph, """
                MATCH (n) WHERE NOT n:__SchemaMigration
                OPTIONAL MATCH (n)-[r]->(m)
                RETURN labels(n) AS labels, properties(n) AS node, type(r) AS type, properties(r) AS rel, m.id AS to
                """).stream().map(r -> r.asMap()).toList();
    }
}
