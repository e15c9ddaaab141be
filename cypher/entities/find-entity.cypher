// One entity with its listings, its computed designations, the records of other sources that are the same entity
// (SAME_AS, either way) and its relationships in both directions, each capped at $maxRows.
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
  OPTIONAL MATCH (e)-[r:SAME_AS]-(other:Entity)
  WITH r, other ORDER BY other.id, r.scheme
  RETURN collect({scheme: r.scheme, value: r.value, link: properties(r),
                  other: other {.*, labels: labels(other)}})[..$maxRows] AS sameAs
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
RETURN labels(e) AS labels, properties(e) AS properties, sanctions, designations, sameAs,
       outgoing, outgoingCount, incoming, incomingCount
