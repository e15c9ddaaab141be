// Which of the ids exist, and as what: rows that point at unknown ids are rejected before writing.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (a:Address {id: id})
RETURN id, CASE WHEN e IS NOT NULL THEN 'ENTITY' WHEN a IS NOT NULL THEN 'ADDRESS' END AS kind
