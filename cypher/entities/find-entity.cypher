// One entity with its listings, its computed designations and its relationships in both directions, each capped at
// $maxRows.
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (s:Sanction)-[:TARGETS]->(e)
  RETURN collect(properties(s)) AS sanctions
}
CALL (e) {
  OPTIONAL MATCH (d:Designation)-[:DESIGNATES]->(e)
  WITH d ORDER BY d.regime
  RETURN collect(d {.regime, .basis, .possibly, .asOf, .computedAt, .aggregateShareMin, .aggregateShareMax})
         AS designations
}
CALL (e) {
  OPTIONAL MATCH (e)-[r]->(other)
  WITH r, other ORDER BY type(r), other.id
  RETURN count(r) AS outgoingCount,
         collect({type: type(r), direction: 'out', properties: properties(r),
                  other: other {.*, labels: labels(other)}})[..$maxRows] AS outgoing
}
CALL (e) {
  OPTIONAL MATCH (e)<-[r]-(other) WHERE NOT other:Sanction AND NOT other:Designation
  WITH r, other ORDER BY type(r), other.id
  RETURN count(r) AS incomingCount,
         collect({type: type(r), direction: 'in', properties: properties(r),
                  other: other {.*, labels: labels(other)}})[..$maxRows] AS incoming
}
RETURN labels(e) AS labels, properties(e) AS properties, sanctions, designations,
       outgoing, outgoingCount, incoming, incomingCount
