// The entity's shipments per direction ('out': it exported, 'in': it was the consignee): how many, their total
// value, first and last dates, and the counterparties with the most shipments first (the top $counterparties).
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[:EXPORTED]->(s:Shipment)-[:CONSIGNED_TO]->(other)
  RETURN s, other, 'out' AS direction
  UNION ALL
  MATCH (other)-[:EXPORTED]->(s:Shipment)-[:CONSIGNED_TO]->(e)
  RETURN s, other, 'in' AS direction
}
WITH direction, other, count(s) AS shipments, sum(s.valueUsd) AS valueUsd, min(s.date) AS firstDate,
     max(s.date) AS lastDate
ORDER BY shipments DESC, valueUsd DESC, other.id
RETURN direction, sum(shipments) AS count, sum(valueUsd) AS valueUsd, min(firstDate) AS firstDate,
       max(lastDate) AS lastDate, count(other) AS counterpartyCount,
       collect({id: other.id, name: other.name, country: other.country, shipments: shipments, valueUsd: valueUsd,
                firstDate: firstDate, lastDate: lastDate})[..$counterparties] AS counterparties
ORDER BY direction DESC
