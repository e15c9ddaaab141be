package io.ownerscope.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.testing.HarnessNeo4j;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * The search queries start from the entity id constraint and walk relationships from there: no label or full scan,
 * whichever end the planner would otherwise start from on a graph of a few nodes.
 */
class PathsQueryPlanIT {

    private Graph graph;

    @BeforeEach
    void graphWithEveryKindOfLink() {
        graph = TestGraphs.emptyGraph(HarnessNeo4j.driver());
        graph.write(tx -> tx.run("""
                CREATE (a:Entity:Company {id: 'a', name: 'Alpha'}), (b:Entity:Company {id: 'b', name: 'Beta'}),
                       (c:Entity:Person {id: 'c', name: 'Carl'}),
                       (a)-[:OWNS {share: 60}]->(b), (c)-[:DIRECTOR_OF]->(a),
                       (addr:Address {id: 'x', full: '1 Main St'}), (a)-[:REGISTERED_AT]->(addr),
                       (b)-[:REGISTERED_AT]->(addr),
                       (a)-[:EXPORTED]->(:Shipment {id: 's1', date: date('2024-01-01')})-[:CONSIGNED_TO]->(c),
                       (:Sanction {authority: 'OFAC', program: 'RUSSIA-EO14024'})-[:TARGETS]->(c),
                       (:Designation {regime: 'OFAC', basis: 'derived'})-[:DESIGNATES]->(b)
                """).consume(), Duration.ofMinutes(3));
    }

    @Test
    void everyQueryOfASearchSeeksTheEntityIdIndex() {
        var ids = List.of("a", "b");
        var asOf = LocalDate.of(2025, 1, 1);
        var expand = new HashMap<String, Object>();
        expand.put("ids", ids);
        expand.put("asOf", asOf);
        expand.put("direct", true);
        expand.put("types", List.of("OWNS", "CONTROLS", "DIRECTOR_OF", "FAMILY_OF", "ASSOCIATE_OF", "SAME_AS"));
        expand.put("address", true);
        expand.put("trade", true);
        expand.put("allowHubs", false);
        expand.put("hubDegree", 200L);
        expand.put("shipmentsShown", 5L);
        expand.put("authorities", List.of("OFAC"));
        expand.put("regimes", List.of("OFAC"));
        var between = new HashMap<>(expand);
        between.remove("ids");
        between.put("pairs", List.of(Map.of("from", "a", "to", "b"), Map.of("from", "a", "to", "c")));
        var reach = new HashMap<String, Object>();
        reach.put("ids", ids);
        reach.put("asOf", asOf);
        reach.put("allowHubs", false);
        reach.put("hubDegree", 200L);
        reach.put("slack", 2L);
        reach.put("indexed", true);
        reach.put("authorities", List.of("OFAC"));
        reach.put("regimes", List.of("OFAC"));
        var designations = Map.<String, Object>of("ids", ids, "asOf", asOf, "authorities", List.of("OFAC"),
                "regimes", List.of("OFAC"));
        Map<String, Object> justIds = Map.of("ids", ids);
        var queries = Map.of("expand", List.of("paths/expand.cypher", expand),
                "links between pairs", List.of("paths/links-between.cypher", between),
                "reach", List.of("paths/reach.cypher", reach),
                "degrees", List.of("paths/degrees.cypher", Map.of("ids", ids, "hubDegree", 200L)),
                "entities", List.of("paths/entities.cypher", justIds),
                "designations", List.of("paths/designations.cypher", designations));
        for (var query : queries.entrySet()) {
            @SuppressWarnings("unchecked")
            var operators = operators((String) query.getValue().get(0), (Map<String, Object>) query.getValue().get(1));
            assertThat(operators).as(query.getKey()).anyMatch(o -> o.startsWith("NodeUniqueIndexSeek"))
                    .noneMatch(o -> o.startsWith("AllNodesScan") || o.startsWith("NodeByLabelScan")
                            || o.contains("IndexScan") || o.contains("RelationshipTypeScan"));
        }
    }

    /** The operators of the profiled plan with their details, e.g. {@code NodeUniqueIndexSeek@neo4j UNIQUE n:...}. */
    private List<String> operators(String file, Map<String, Object> parameters) {
        var plan = graph.read(tx -> tx.run("PROFILE " + Cypher.load(file), parameters).consume().profile(),
                Duration.ofMinutes(3));
        var operators = new ArrayList<String>();
        collect(plan, operators);
        return operators;
    }

    private static void collect(ProfiledPlan plan, List<String> operators) {
        var details = plan.arguments().get("Details");
        operators.add(details == null ? plan.operatorType() : plan.operatorType() + " " + details.asString());
        plan.children().forEach(child -> collect(child, operators));
    }
}
