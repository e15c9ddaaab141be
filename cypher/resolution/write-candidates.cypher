// A suggested pair: the lower id to the higher, with the matcher's score and the features that made it (JSON).
UNWIND $rows AS row
MATCH (a:Entity {id: row.leftId})
MATCH (b:Entity {id: row.rightId})
MERGE (a)-[c:MAYBE_SAME]->(b)
SET c.score = row.score, c.features = row.features, c.computedAt = $at
RETURN count(c) AS written
