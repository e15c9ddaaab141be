// The ids of $ids that name no entity or address of the graph.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (a:Address {id: id})
WITH id, e, a
WHERE e IS NULL AND a IS NULL
RETURN collect(id) AS missing
