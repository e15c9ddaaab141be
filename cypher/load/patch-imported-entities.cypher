// After an offline import: what a load over Bolt writes and the importer cannot, i.e. an empty aliases list
// (the importer writes no empty arrays) and the further properties a mapping gives an entity.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e += row.properties
RETURN count(e) AS written
