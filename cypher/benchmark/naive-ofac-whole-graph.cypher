// The same approximation over the whole graph.
MATCH (:Sanction {authority: 'OFAC'})-[:TARGETS]->(listed:Entity)
MATCH (listed)-[:OWNS*1..10]->(blocked:Entity)
RETURN count(DISTINCT blocked) AS blocked
