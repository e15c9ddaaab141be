package io.ownerscope.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.BiFunction;

import io.ownerscope.graph.Graph;
import io.ownerscope.ownership.DesignationsRecomputing;
import io.ownerscope.ownership.SanctionAuthorities;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The exposure index's in-memory snapshot answers every level read, degree and designation as the graph does, on
 * random graphs with dated links, shared and mass-registration addresses, dated and undated shipments, entity hubs,
 * listings by several authorities and derived designations; and it follows the index it was taken with.
 */
@SpringBootTest(properties = "ownerscope.paths.hub-degree=5")
class ExposureSnapshotIT {

    private static final List<LocalDate> DATES = List.of(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 6, 1),
            LocalDate.of(2022, 3, 1), LocalDate.of(2024, 1, 1));
    private static final List<String> DIRECT_TYPES = List.of("OWNS", "CONTROLS", "DIRECTOR_OF", "FAMILY_OF",
            "ASSOCIATE_OF", "SAME_AS");

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", () -> HarnessNeo4j.boltUri().toString());
    }

    @Autowired
    Driver driver;

    @Autowired
    ExposureIndex index;

    @Autowired
    SanctionAuthorities authorities;

    Graph graph;

    @BeforeEach
    void emptyGraph() {
        graph = TestGraphs.emptyGraph(driver);
    }

    @Test
    void theSnapshotReadsEveryLevelAsTheGraphDoes() {
        for (long seed = 1; seed <= 6; seed++) {
            TestGraphs.emptyGraph(driver);
            randomGraph(new Random(seed));
            index.refresh();
            var snapshot = snapshotOf(currentState());
            var ids = TestGraphs.query(graph, "MATCH (n:Entity) RETURN n.id AS id ORDER BY id").stream()
                    .map(r -> r.get("id").asString()).toList();
            for (var asOf : DATES) {
                for (var regimes : List.of(List.of("OFAC"), authorities.regimes())) {
                    var listingAuthorities = regimes.stream().flatMap(r -> authorities.authoritiesOf(r).stream())
                            .distinct().toList();
                    compare("seed " + seed + ", " + asOf + ", " + regimes, snapshot, ids, asOf, listingAuthorities,
                            regimes);
                }
            }
        }
    }

    private void compare(String description, ExposureSnapshot snapshot, List<String> ids, LocalDate asOf,
            List<String> listingAuthorities, List<String> regimes) {
        graph.read(tx -> {
            var fromGraph = new GraphNetwork(tx, asOf, List.of(LinkGroup.values()), false, 5, listingAuthorities,
                    regimes);
            var fromMemory = new SnapshotNetwork(snapshot, fromGraph, asOf, listingAuthorities, regimes);
            assertThat(fromMemory.degrees(ids)).as(description).isEqualTo(fromGraph.degrees(ids));
            assertThat(fromMemory.designations(ids)).as(description).isEqualTo(fromGraph.designations(ids));
            var frontiers = new ArrayList<List<String>>();
            frontiers.add(ids);
            ids.forEach(id -> frontiers.add(List.of(id)));
            for (var frontier : frontiers) {
                for (var slack : Arrays.asList(null, 0, 1, 2, 4)) {
                    var as = description + ", from " + (frontier.size() == 1 ? frontier : "all") + ", slack " + slack;
                    assertThat(level(fromMemory.reach(frontier, slack))).as(as)
                            .isEqualTo(level(fromGraph.reach(frontier, slack)));
                }
            }
            return null;
        });
    }

    /**
     * A level read as the search uses it: each link by its ends, kind and key (direct links are keyed differently
     * in memory and in the graph, so only their number counts), the entities reached with what came with them, and
     * the hubs met.
     */
    private static Map<String, Object> level(Network.Expansion expansion) {
        var links = new ArrayList<String>();
        for (var link : expansion.links()) {
            var key = link.group() == LinkGroup.ADDRESS || link.group() == LinkGroup.TRADE ? link.key() : "direct";
            links.add(link.startId() + " " + link.type() + " " + link.endId() + " " + link.group() + " " + key);
        }
        links.sort(null);
        var result = new HashMap<String, Object>();
        result.put("links", links);
        result.put("nodes", expansion.nodes());
        result.put("hubs", new TreeSet<>(expansion.hubs().stream().map(Hub::toString).toList()));
        result.put("degrees", expansion.degrees());
        result.put("designations", expansion.designations());
        result.put("hops", expansion.hopsToDesignated());
        return result;
    }

    @Test
    void theSnapshotFollowsTheIndexItWasTakenWith() throws InterruptedException {
        randomGraph(new Random(7));
        index.refresh();
        var state = currentState();
        assertThat(index.snapshot(state)).as("taken with the refresh").isPresent();

        // another instance refreshed the index: this one reads the graph until it has taken a snapshot of its own
        graph.write(tx -> tx.run("MATCH (i:ExposureIndex) SET i.computedAt = datetime()").consume());
        var newer = currentState();
        assertThat(index.snapshot(newer)).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> index.snapshot(newer).isPresent());
        assertThat(index.snapshot(state)).as("the older one is let go").isEmpty();
    }

    @Test
    void rewritingTheDesignationsSetsTheIndexAsideUntilItIsRefreshed() {
        randomGraph(new Random(8));
        index.refresh();
        assertThat(currentState().stale()).isFalse();

        index.beforeDesignations(new DesignationsRecomputing(ZonedDateTime.now(), List.of("OFAC")));

        assertThat(currentState().stale()).isTrue();
        index.refresh();
        assertThat(currentState().stale()).isFalse();
    }

    private ExposureIndex.State currentState() {
        return graph.read(tx -> ExposureIndex.state(tx, null)).orElseThrow();
    }

    private ExposureSnapshot snapshotOf(ExposureIndex.State state) {
        return index.snapshot(state).orElseThrow();
    }

    /**
     * 24 companies; 40 direct links of every type with open, past, current and ill-typed dates; 6 addresses, one a
     * mass-registration hub; 25 shipments, some undated; one entity hub; listings by OFAC, EU and UK, some delisted;
     * derived designations under two regimes.
     */
    private void randomGraph(Random random) {
        int n = 24;
        var rows = new ArrayList<Map<String, Object>>();
        BiFunction<Integer, Integer, String> pick = (from, bound) -> "e" + (from + random.nextInt(bound));
        for (int i = 0; i < 40; i++) {
            var a = pick.apply(0, n);
            var b = pick.apply(0, n);
            if (!a.equals(b)) {
                rows.add(Map.of("kind", "direct", "a", a, "b", b,
                        "type", DIRECT_TYPES.get(random.nextInt(DIRECT_TYPES.size())),
                        "dates", dates(random)));
            }
        }
        // an entity hub: linked to six others
        for (int i = 1; i <= 6; i++) {
            rows.add(Map.of("kind", "direct", "a", "e0", "b", "e" + (n - i), "type", "DIRECTOR_OF",
                    "dates", Map.of()));
        }
        for (int i = 0; i < n; i++) {
            int registrations = random.nextInt(3);
            for (int r = 0; r < registrations; r++) {
                rows.add(Map.of("kind", "address", "a", "e" + i, "b", "addr" + random.nextInt(5),
                        "dates", dates(random)));
            }
        }
        for (int i = 1; i <= 5; i++) {
            rows.add(Map.of("kind", "address", "a", "e" + i, "b", "mass", "dates", Map.of()));
        }
        for (int i = 0; i < 25; i++) {
            var a = pick.apply(0, n);
            var b = pick.apply(0, n);
            if (!a.equals(b)) {
                var date = switch (random.nextInt(4)) {
                    case 0 -> null;
                    case 1 -> LocalDate.of(2019, 5, 1);
                    case 2 -> LocalDate.of(2023, 2, 1);
                    default -> LocalDate.of(2021, 7, 1);
                };
                var shipment = new HashMap<String, Object>(Map.of("kind", "shipment", "a", a, "b", b,
                        "id", "s" + i));
                shipment.put("date", date);
                rows.add(shipment);
            }
        }
        graph.write(tx -> {
            tx.run("UNWIND range(0, $n - 1) AS i CREATE (:Entity:Company {id: 'e' + i, name: 'Company ' + i})",
                    Map.of("n", n)).consume();
            tx.run("UNWIND $ids AS id CREATE (:Address {id: id, full: 'Street ' + id})",
                    Map.of("ids", List.of("addr0", "addr1", "addr2", "addr3", "addr4", "mass"))).consume();
            for (var row : rows) {
                switch ((String) row.get("kind")) {
                    case "direct" -> tx.run("MATCH (a:Entity {id: $a}), (b:Entity {id: $b}) "
                            + "CREATE (a)-[r:$($type)]->(b) SET r += $dates",
                            row).consume();
                    case "address" -> tx.run("MATCH (a:Entity {id: $a}), (b:Address {id: $b}) "
                            + "CREATE (a)-[r:REGISTERED_AT]->(b) SET r += $dates", row).consume();
                    default -> tx.run("MATCH (a:Entity {id: $a}), (b:Entity {id: $b}) "
                            + "CREATE (a)-[:EXPORTED]->(:Shipment {id: $id, date: $date})-[:CONSIGNED_TO]->(b)",
                            row).consume();
                }
            }
            var authoritiesListed = List.of("OFAC", "EU", "UK");
            for (int i = 0; i < 6; i++) {
                var listing = new HashMap<String, Object>();
                listing.put("entity", pick.apply(0, n));
                listing.put("id", "sanction" + i);
                listing.put("authority", authoritiesListed.get(random.nextInt(3)));
                listing.put("listedOn", random.nextBoolean() ? LocalDate.of(2021, 4, 1) : null);
                listing.put("delistedOn", random.nextInt(3) == 0 ? LocalDate.of(2023, 1, 1) : null);
                tx.run("MATCH (e:Entity {id: $entity}) CREATE (:Sanction {id: $id, authority: $authority, "
                        + "program: 'RUSSIA', listedOn: $listedOn, delistedOn: $delistedOn, dataset: 'test', "
                        + "recordId: $id})-[:TARGETS]->(e)", listing).consume();
            }
            for (int i = 0; i < 3; i++) {
                tx.run("MATCH (e:Entity {id: $entity}) CREATE (:Designation {id: $regime + ':' + $entity, "
                        + "regime: $regime, basis: 'derived', possibly: false, asOf: date('2024-01-01'), "
                        + "aggregateShareMin: 50.0, contributors: ['x']})-[:DESIGNATES]->(e)",
                        Map.of("entity", pick.apply(0, n), "regime", i == 0 ? "EU" : "OFAC")).consume();
            }
            return null;
        });
    }

    /** Open, past, current or ill-typed (text) dates for a relationship. */
    private static Map<String, Object> dates(Random random) {
        return switch (random.nextInt(5)) {
            case 0, 1 -> Map.of();
            case 2 -> Map.of("startDate", LocalDate.of(2019, 1, 1), "endDate", LocalDate.of(2021, 12, 31));
            case 3 -> Map.of("startDate", LocalDate.of(2022, 1, 1));
            default -> Map.of("startDate", "2019-01-01");
        };
    }
}
