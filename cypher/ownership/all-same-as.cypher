// Every identity link (SAME_AS): the whole-graph designations read the records of one entity as one party.
MATCH (a:Entity)-[r:SAME_AS]->(b:Entity)
RETURN a.id AS fromId, b.id AS toId, r.scheme AS scheme, r.value AS value
