// Removes identity links whose records no longer state the same well-formed identifier (or state one shared by too
// many records).
UNWIND $rows AS row
MATCH (a:Entity {id: row.fromId})-[r:SAME_AS {scheme: row.scheme, value: row.value}]->(b:Entity {id: row.toId})
DELETE r
RETURN count(*) AS removed
