package io.ownerscope.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Reads entities for the API, in read transactions, with the configured timeout and row cap. */
@Repository
class EntityRepository {

    private static final String FIND_ENTITY = Cypher.load("entities/find-entity.cypher");
    private static final String LINK_KINDS = Cypher.load("entities/link-kinds.cypher");
    private static final String TRADE_SUMMARY = Cypher.load("entities/trade-summary.cypher");
    private static final String SEARCH = Cypher.load("entities/search-entities.cypher");
    private static final String COUNT_SEARCH = Cypher.load("entities/count-search-results.cypher");
    private static final String SEARCH_IDENTIFIERS = Cypher.load("entities/search-identifiers.cypher");

    /** How many strong links and same-as records the view lists in full; the relationships endpoint pages the rest. */
    private static final int LISTED_IN_FULL = 50;

    /** How many counterparties a trade summary names, most shipments first. */
    private static final int TOP_COUNTERPARTIES = 10;

    private final Graph graph;

    EntityRepository(Graph graph) {
        this.graph = graph;
    }

    Optional<EntityDetails> find(String id) {
        var maxRows = Math.min(graph.settings().maxRows(), LISTED_IN_FULL);
        return graph.read(tx -> {
            var found = tx.run(FIND_ENTITY, Map.of("id", id, "maxRows", maxRows, "strongTypes", LinkTypes.STRONG))
                    .list();
            if (found.isEmpty()) {
                return Optional.<EntityDetails>empty();
            }
            return Optional.of(toDetails(id, found.getFirst(), linkKinds(tx, id), maxRows));
        });
    }

    SearchResults search(String name, int page, int size) {
        var query = LuceneQuery.literal(name);
        return graph.read(tx -> {
            var total = tx.run(COUNT_SEARCH, Map.of("query", query, "countLimit", SearchResults.COUNTED)).single()
                    .get("total").asLong();
            var hits = tx.run(SEARCH, Map.of("query", query, "skip", (long) page * size, "limit", size))
                    .list(r -> new SearchResults.Hit(r.get("id").asString(), r.get("labels").asList(Value::asString),
                            r.get("name").asString(null), r.get("country").asString(null), r.get("score").asDouble(),
                            r.get("listed").asBoolean(), "words", null));
            return new SearchResults(name, page, size, total, total >= SearchResults.COUNTED ? "gte" : "eq", hits);
        });
    }

    /** The records that state what was typed as one of their identifiers, in any of its written forms. */
    List<SearchResults.Hit> searchIdentifiers(String typed, int limit) {
        var values = IdentifierForms.of(typed);
        if (values.isEmpty()) {
            return List.of();
        }
        return graph.read(tx -> tx.run(SEARCH_IDENTIFIERS, Map.of("values", values, "limit", limit))
                .list(r -> new SearchResults.Hit(r.get("id").asString(), r.get("labels").asList(Value::asString),
                        r.get("name").asString(null), r.get("country").asString(null), 1.0,
                        r.get("listed").asBoolean(), "identifier",
                        String.join(", ", r.get("schemes").asList(Value::asString)))));
    }

    private static List<EntityDetails.LinkKind> linkKinds(TransactionContext tx, String id) {
        var kinds = new ArrayList<EntityDetails.LinkKind>();
        var more = "/api/entities/" + id;
        tx.run(LINK_KINDS, Map.of("id", id, "notLinks", LinkTypes.NOT_LINKS)).list().forEach(r -> {
            var kind = r.get("kind").asString();
            kinds.add(new EntityDetails.LinkKind(kind, r.get("direction").asString(), r.get("count").asLong(),
                    r.get("firstDate").asObject(), r.get("lastDate").asObject(), null, null, List.of(),
                    more + "/relationships?types=" + kind));
        });
        tx.run(TRADE_SUMMARY, Map.of("id", id, "counterparties", TOP_COUNTERPARTIES)).list().forEach(r -> {
            var direction = r.get("direction").asString();
            var counterparties = r.get("counterparties").asList(Value::asMap).stream()
                    .map(c -> new EntityDetails.Counterparty((String) c.get("id"), (String) c.get("name"),
                            (String) c.get("country"), ((Number) c.get("shipments")).longValue(),
                            Money.cents(c.get("valueUsd")), c.get("firstDate"), c.get("lastDate")))
                    .toList();
            kinds.add(new EntityDetails.LinkKind(LinkTypes.SHIPMENT, direction, r.get("count").asLong(),
                    r.get("firstDate").asObject(), r.get("lastDate").asObject(),
                    Money.cents(r.get("valueUsd").asObject()), r.get("counterpartyCount").asLong(), counterparties,
                    more + "/shipments?direction=" + direction));
        });
        return kinds;
    }

    private static EntityDetails toDetails(String id, Record record, List<EntityDetails.LinkKind> kinds,
            int maxRows) {
        var properties = record.get("properties").asMap();
        var labels = record.get("labels").asList(Value::asString).stream().filter(l -> !l.equals("Entity")).toList();
        var sanctions = record.get("sanctions").asList(Value::asMap).stream()
                .map(s -> new EntityDetails.SanctionView((String) s.get("id"), (String) s.get("authority"),
                        (String) s.get("program"), s.get("listedOn"), s.get("delistedOn"), (String) s.get("reason"),
                        List.of(Provenance.sourceOf(s))))
                .toList();
        var designations = record.get("designations").asList(Value::asMap).stream().map(Compact::of).toList();
        long relationshipCount = kinds.stream().filter(kind -> !kind.kind().equals(LinkTypes.SHIPMENT))
                .mapToLong(EntityDetails.LinkKind::count).sum();
        return new EntityDetails(id, labels, (String) properties.get("name"),
                Provenance.factsOf(properties, Set.of("id", "name", "matchKeys")),
                List.of(Provenance.sourceOf(properties)), sanctions, designations,
                LinkViews.sameAsOf(record.get("sameAs")), kinds, LinkViews.relationshipsOf(record.get("strong")),
                relationshipCount, record.get("strongCount").asLong() > maxRows);
    }
}
