UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.matchKeys = row.keys
RETURN count(e) AS written
