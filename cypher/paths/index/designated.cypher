// Every entity any exposure search could count as designated: listed by any authority at any time, or marked by the
// last designation recompute under any regime.
MATCH (:Sanction)-[:TARGETS]->(n:Entity)
RETURN n.id AS id
UNION
MATCH (:Designation)-[:DESIGNATES]->(n:Entity)
RETURN n.id AS id
