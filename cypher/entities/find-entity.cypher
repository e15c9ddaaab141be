// One entity with its listings, its computed designations, the records of other sources that are the same entity
// (SAME_AS, either way) and its strongest links ($strongTypes: ownership, control, directors, addresses, family) in
// both directions, each capped at $maxRows; the rest is summarized by link-kinds.cypher and trade-summary.cypher.
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
  MATCH (e)-[r]-(other) WHERE type(r) IN $strongTypes
  WITH r, other, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction
  ORDER BY type(r), direction, r.startDate, other.id
  RETURN count(r) AS strongCount,
         collect({type: type(r), direction: direction, properties: properties(r),
                  other: other {.*, labels: labels(other)}})[..$maxRows] AS strong
}
RETURN labels(e) AS labels, properties(e) AS properties, sanctions, designations, sameAs, strong, strongCount
