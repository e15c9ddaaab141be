// Which of a batch's entity ids already name an entity: those rows are merged, the others created
// (create-entities.cypher).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN collect(id) AS existing
