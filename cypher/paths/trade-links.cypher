// The trading partners of each entity in $ids: shipments it exported to them or received from them on or before
// $asOf, one row per partner and direction, with totals and the latest $shipmentsShown shipments.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[:EXPORTED]->(s:Shipment)-[:CONSIGNED_TO]->(m:Entity)
  RETURN m, true AS exported, s
  UNION ALL
  MATCH (n)<-[:CONSIGNED_TO]-(s:Shipment)<-[:EXPORTED]-(m:Entity)
  RETURN m, false AS exported, s
}
WITH n, m, exported, s
WHERE m <> n AND (s.date IS NULL OR s.date <= $asOf)
ORDER BY s.date DESC, s.id
WITH n, m, exported, count(s) AS shipments, sum(s.valueUsd) AS valueUsd, min(s.date) AS firstDate,
     max(s.date) AS lastDate, collect(s {.id, .date, .hsCode, .valueUsd, .dataset, .recordId}) AS all
RETURN n.id AS fromId, exported, shipments, valueUsd, firstDate, lastDate, all[..$shipmentsShown] AS latest,
       m {.id, .name, .country, .dataset, .recordId, labels: labels(m)} AS other
