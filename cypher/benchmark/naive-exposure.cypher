// The nearest listed parties as an analyst would first write it: every variable-length path of up to 4 relationships
// to a sanctioned entity, the shortest per entity; no date or hub filter, derived designations ignored.
MATCH (e:Entity {id: $id})
MATCH p = (e)-[*1..4]-(d:Entity)<-[:TARGETS]-(:Sanction)
WITH d, min(length(p)) AS distance
RETURN d.id AS id, distance
ORDER BY distance, id
LIMIT 50
