// The identity links in the graph, as the relink compares them with the identifiers the entities state now.
MATCH (a:Entity)-[r:SAME_AS]->(b:Entity)
RETURN a.id AS fromId, b.id AS toId, r.scheme AS scheme, r.value AS value
