// Every entity any exposure search could count as designated: listed by any authority at any time (listed: true),
// or marked by the last designation recompute under any regime.
MATCH (:Sanction)-[:TARGETS]->(n:Entity)
RETURN DISTINCT n.id AS id, true AS listed
UNION
MATCH (:Designation)-[:DESIGNATES]->(n:Entity)
RETURN DISTINCT n.id AS id, false AS listed
