// The chain question as an analyst would first write it: one pattern from supplier through the intermediary to a
// Russian or Belarusian consignee, and a variable-length path up to a listed party. No pass-through matching, no
// derived designations, no delisting dates, no hub guard, no score.
MATCH (supplier:Entity)-[:EXPORTED]->(inbound:Shipment)-[:CONSIGNED_TO]->(intermediary:Entity {id: $id})
MATCH (intermediary)-[:EXPORTED]->(outbound:Shipment)-[:CONSIGNED_TO]->(consignee:Entity)
WHERE consignee.country IN ['RU', 'BY'] AND outbound.date >= inbound.date
MATCH (consignee)<-[:OWNS|CONTROLS|DIRECTOR_OF*0..3]-(designated:Entity)<-[:TARGETS]-(:Sanction)
RETURN supplier.id AS supplier, consignee.id AS consignee, designated.id AS designated,
       count(DISTINCT outbound) AS shipments, sum(outbound.valueUsd) AS value
ORDER BY value DESC
LIMIT 500
