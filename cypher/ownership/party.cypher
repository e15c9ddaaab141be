MATCH (e:Entity {id: $id})
RETURN e {.id, .name, .country, labels: labels(e)} AS party
