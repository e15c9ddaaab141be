package io.ownerscope.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Pages through an entity's shipments and relationships, in read transactions. */
@Repository
class EntityLinks {

    private static final String SHIPMENTS = Cypher.load("entities/shipments.cypher");
    private static final String RELATIONSHIPS = Cypher.load("entities/relationships.cypher");

    private final Graph graph;

    EntityLinks(Graph graph) {
        this.graph = graph;
    }

    /** Empty when no entity has the id. */
    Optional<ShipmentPage> shipments(String id, ShipmentFilter filter, Paging paging) {
        var parameters = new HashMap<>(filter.parameters());
        parameters.putAll(Map.of("id", id, "limit", paging.limit(), "offset", paging.offset()));
        return graph.read(tx -> tx.run(SHIPMENTS, parameters).list()).stream().findFirst().map(record -> {
            var total = record.get("total").asLong();
            var shipments = record.get("shipments").asList(Value::asMap).stream()
                    .map(EntityLinks::shipmentOf).toList();
            return new ShipmentPage(id, filter.direction(), filter.counterparty(), filter.hs(), filter.from(),
                    filter.to(), total, paging.limit(), paging.offset(), paging.truncated(total), shipments);
        });
    }

    /** Empty when no entity has the id. */
    Optional<RelationshipPage> relationships(String id, List<String> types, Paging paging) {
        var parameters = Map.<String, Object>of("id", id, "types", types, "limit", paging.limit(),
                "offset", paging.offset());
        return graph.read(tx -> tx.run(RELATIONSHIPS, parameters).list()).stream().findFirst().map(record -> {
            var total = record.get("total").asLong();
            return new RelationshipPage(id, types, total, paging.limit(), paging.offset(), paging.truncated(total),
                    LinkViews.relationshipsOf(record.get("relationships")));
        });
    }

    @SuppressWarnings("unchecked")
    private static ShipmentPage.Shipment shipmentOf(Map<String, Object> row) {
        var s = (Map<String, Object>) row.get("shipment");
        return new ShipmentPage.Shipment((String) s.get("id"), s.get("date"), (String) row.get("direction"),
                (String) s.get("hsCode"), (String) s.get("description"), Money.cents(s.get("valueUsd")),
                s.get("quantity"), (String) s.get("unit"), (String) s.get("originCountry"),
                (String) s.get("destinationCountry"), Compact.of((Map<String, Object>) row.get("counterparty")),
                List.of(Provenance.sourceOf(s)));
    }
}
