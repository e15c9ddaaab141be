// Whether an entity with the id exists (an unknown starting point is a 404, not an empty answer).
OPTIONAL MATCH (e:Entity {id: $id})
RETURN e IS NOT NULL AS exists
