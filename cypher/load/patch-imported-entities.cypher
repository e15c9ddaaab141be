// After an offline import: what a load over Bolt writes and the importer cannot, i.e. the further properties a
// mapping gives an entity (the importer's columns are fixed).
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e += row.properties
RETURN count(e) AS written
