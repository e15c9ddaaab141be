// The entities that share an address with each entity in $ids (registrations valid on $asOf), one row per pair and
// address. An address with $hubDegree or more registrations is a hub: unless $allowHubs, it yields one row with no
// other entity, so that the caller can report it instead of going through it.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[own:REGISTERED_AT]->(a:Address)
WHERE (own.startDate IS NULL OR own.startDate <= $asOf) AND (own.endDate IS NULL OR own.endDate >= $asOf)
WITH n, own, a, COUNT { (a)<-[:REGISTERED_AT]-() } AS degree
OPTIONAL MATCH (a)<-[theirs:REGISTERED_AT]-(m:Entity)
WHERE ($allowHubs OR degree < $hubDegree) AND m <> n
  AND (theirs.startDate IS NULL OR theirs.startDate <= $asOf) AND (theirs.endDate IS NULL OR theirs.endDate >= $asOf)
RETURN n.id AS fromId, degree,
       a {.id, .full, .country, .dataset, .recordId} AS address,
       own {.startDate, .endDate, .dataset, .recordId} AS own,
       theirs {.startDate, .endDate, .dataset, .recordId} AS theirs,
       m {.id, .name, .country, .dataset, .recordId, labels: labels(m)} AS other
