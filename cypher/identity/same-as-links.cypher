// The identity links in the graph (not the joins analysts decided), as the relink compares them with the identifiers
// the entities state now.
MATCH (a:Entity)-[r:SAME_AS]->(b:Entity)
WHERE r.scheme <> 'decision'
RETURN a.id AS fromId, b.id AS toId, r.scheme AS scheme, r.value AS value
