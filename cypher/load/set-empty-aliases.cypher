// After an offline import: the importer cannot write an empty list, a load over Bolt writes aliases = [].
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.aliases = []
RETURN count(e) AS written
