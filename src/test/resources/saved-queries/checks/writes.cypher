// name: writes
// description: Tries to write.
// param: id string required — Id
// max-rows: 10

MERGE (e:Entity {id: $id})
RETURN e.id AS id
LIMIT $maxRows
