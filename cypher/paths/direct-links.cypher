// The direct links of each entity in $ids that are of the relationship $types asked for and valid on $asOf, with the
// entity at the other end: one row per relationship.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r:OWNS|CONTROLS|DIRECTOR_OF|FAMILY_OF|ASSOCIATE_OF|SAME_AS]-(m:Entity)
WHERE type(r) IN $types AND m <> n
  AND (r.startDate IS NULL OR r.startDate <= $asOf) AND (r.endDate IS NULL OR r.endDate >= $asOf)
RETURN n.id AS fromId,
       m {.id, .name, .country, .dataset, .recordId, labels: labels(m)} AS other,
       r {.share, .shareMin, .shareMax, .role, .interestType, .startDate, .endDate, .scheme, .value, .dataset,
          .recordId, type: type(r), key: elementId(r), startId: startNode(r).id, endId: endNode(r).id} AS link
