// The entities named by $ids, as the steps of a path show them.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.id, .name, .country, .dataset, .recordId, labels: labels(n)} AS node
