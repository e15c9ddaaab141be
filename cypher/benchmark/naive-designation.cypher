// The analyst's approximation of the 50% rule: a chain from a listed party where every hop is 50% or more.
MATCH (:Sanction {authority: 'OFAC'})-[:TARGETS]->(listed:Entity)
MATCH path = (listed)-[:OWNS*1..10]->(:Entity {id: $id})
WHERE all(r IN relationships(path) WHERE r.share >= 50)
RETURN count(path) > 0 AS blocked
