// One level of the graph canvas's expansion: for each node in $ids (entities, addresses, listings) and each kind of
// link in $kinds, how many links it has (a stored relationship each; TRADE: each counterparty and direction) and the
// ids of the nodes at their other ends, but none when there are more than $hubLimit: the node is a hub for that kind,
// whose links are counted, not expanded. With $asOf, only relationships valid on that day, listings (TARGETS) in
// force on it and shipments on or before it.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Address {id: id}) RETURN n
  UNION
  MATCH (n:Sanction {id: id}) RETURN n
}
CALL (n) {
  MATCH (n)-[r:OWNS|CONTROLS|DIRECTOR_OF|FAMILY_OF|ASSOCIATE_OF|SAME_AS|REGISTERED_AT|TARGETS]-(m)
  WHERE type(r) IN $kinds AND m <> n
    AND ($asOf IS NULL OR ((r.startDate IS NULL OR r.startDate <= $asOf) AND (r.endDate IS NULL OR r.endDate >= $asOf)))
  WITH r, m, startNode(r) AS s
  WHERE type(r) <> 'TARGETS' OR $asOf IS NULL
     OR ((s.listedOn IS NULL OR s.listedOn <= $asOf) AND (s.delistedOn IS NULL OR s.delistedOn > $asOf))
  RETURN type(r) AS kind, m.id AS other
  UNION ALL
  MATCH (n)-[:EXPORTED]->(s:Shipment)-[:CONSIGNED_TO]->(m)
  WHERE 'TRADE' IN $kinds AND m <> n AND ($asOf IS NULL OR s.date IS NULL OR s.date <= $asOf)
  WITH DISTINCT m
  RETURN 'TRADE' AS kind, m.id AS other
  UNION ALL
  MATCH (n)<-[:CONSIGNED_TO]-(s:Shipment)<-[:EXPORTED]-(m)
  WHERE 'TRADE' IN $kinds AND m <> n AND ($asOf IS NULL OR s.date IS NULL OR s.date <= $asOf)
  WITH DISTINCT m
  RETURN 'TRADE' AS kind, m.id AS other
}
WITH n, kind, count(*) AS links, collect(DISTINCT other) AS others
RETURN n.id AS id, kind, links, CASE WHEN links > $hubLimit THEN [] ELSE others END AS others
ORDER BY id, kind
