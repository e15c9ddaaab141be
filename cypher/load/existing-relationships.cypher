// Which of a batch's relationship keys already name a relationship between the same two nodes, as
// merge-relationships.cypher would find it: those rows are merged, the others created (create-relationships.cypher).
// __TYPE__ and __TARGET__ as in merge-relationships.cypher.
UNWIND $rows AS row
MATCH (from:Entity {id: row.fromId})-[r:__TYPE__ {key: row.key}]->(to:__TARGET__ {id: row.toId})
RETURN collect(DISTINCT row.key) AS existing
