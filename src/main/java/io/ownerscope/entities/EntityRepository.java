package io.ownerscope.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Reads entities for the API, in read transactions, with the configured timeout and row cap. */
@Repository
class EntityRepository {

    private static final String FIND_ENTITY = Cypher.load("entities/find-entity.cypher");
    private static final String SEARCH = Cypher.load("entities/search-entities.cypher");
    private static final String COUNT_SEARCH = Cypher.load("entities/count-search-results.cypher");
    private static final Set<String> INTERNAL = Set.of("key", "id", "labels", "normalized");

    private final Graph graph;

    EntityRepository(Graph graph) {
        this.graph = graph;
    }

    Optional<EntityDetails> find(String id) {
        var maxRows = graph.settings().maxRows();
        return graph.read(tx -> tx.run(FIND_ENTITY, Map.of("id", id, "maxRows", maxRows)).list())
                .stream().findFirst().map(record -> toDetails(id, record, maxRows));
    }

    SearchResults search(String name, int page, int size) {
        var query = LuceneQuery.literal(name);
        return graph.read(tx -> {
            var total = tx.run(COUNT_SEARCH, Map.of("query", query)).single().get("total").asLong();
            var hits = tx.run(SEARCH, Map.of("query", query, "skip", (long) page * size, "limit", size))
                    .list(r -> new SearchResults.Hit(r.get("id").asString(), r.get("labels").asList(Value::asString),
                            r.get("name").asString(null), r.get("country").asString(null), r.get("score").asDouble(),
                            r.get("listed").asBoolean(), "words"));
            return new SearchResults(name, page, size, total, hits);
        });
    }

    private static EntityDetails toDetails(String id, Record record, int maxRows) {
        var properties = record.get("properties").asMap();
        var labels = record.get("labels").asList(Value::asString).stream().filter(l -> !l.equals("Entity")).toList();
        var sanctions = record.get("sanctions").asList(Value::asMap).stream()
                .map(s -> new EntityDetails.SanctionView((String) s.get("id"), (String) s.get("authority"),
                        (String) s.get("program"), s.get("listedOn"), s.get("delistedOn"), (String) s.get("reason"),
                        List.of(Provenance.sourceOf(s))))
                .toList();
        var relationships = new ArrayList<EntityDetails.RelationshipView>();
        relationships.addAll(relationshipsOf(record.get("outgoing")));
        relationships.addAll(relationshipsOf(record.get("incoming")));
        long outgoing = record.get("outgoingCount").asLong();
        long incoming = record.get("incomingCount").asLong();
        return new EntityDetails(id, labels, (String) properties.get("name"),
                Provenance.factsOf(properties, Set.of("id", "name")), List.of(Provenance.sourceOf(properties)),
                sanctions, record.get("designations").asList(Value::asMap), sameAsOf(record.get("sameAs")),
                relationships, outgoing + incoming, outgoing > maxRows || incoming > maxRows);
    }

    @SuppressWarnings("unchecked")
    private static List<EntityDetails.SameAsView> sameAsOf(Value links) {
        return links.asList(Value::asMap).stream()
                .filter(link -> link.get("scheme") != null)
                .map(link -> {
                    var other = (Map<String, Object>) link.get("other");
                    var otherView = new java.util.LinkedHashMap<String, Object>();
                    otherView.put("id", other.get("id"));
                    otherView.put("labels", ((List<String>) other.get("labels")).stream()
                            .filter(l -> !l.equals("Entity")).toList());
                    otherView.put("name", other.get("name"));
                    otherView.put("country", other.get("country"));
                    otherView.put("sources", List.of(Provenance.sourceOf(other)));
                    var properties = (Map<String, Object>) link.get("link");
                    // an analyst's join says whose decision it was, when and why; an identifier link, its value
                    var value = "decision".equals(link.get("scheme"))
                            ? "same entity, decided by " + properties.get("actor") + " on "
                                    + properties.get("decidedAt")
                                    + (properties.get("note") == null ? "" : ": " + properties.get("note"))
                            : (String) link.get("value");
                    return new EntityDetails.SameAsView((String) link.get("scheme"), value, otherView,
                            List.of(Provenance.sourceOf(properties)));
                })
                .toList();
    }

    private static List<EntityDetails.RelationshipView> relationshipsOf(Value links) {
        return links.asList(Value::asMap).stream()
                .filter(link -> link.get("type") != null)
                .map(EntityRepository::relationshipOf)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static EntityDetails.RelationshipView relationshipOf(Map<String, Object> link) {
        var properties = (Map<String, Object>) link.get("properties");
        var other = (Map<String, Object>) link.get("other");
        var otherView = new java.util.LinkedHashMap<String, Object>();
        otherView.put("id", other.get("id"));
        otherView.put("labels", ((List<String>) other.get("labels")).stream().filter(l -> !l.equals("Entity"))
                .toList());
        otherView.put("name", other.get("name") != null ? other.get("name") : other.get("full"));
        otherView.putAll(Provenance.factsOf(other, Set.of("id", "labels", "name", "full", "aliases", "normalized")));
        return new EntityDetails.RelationshipView((String) link.get("type"), (String) link.get("direction"),
                Provenance.factsOf(properties, INTERNAL), otherView, List.of(Provenance.sourceOf(properties)));
    }
}
