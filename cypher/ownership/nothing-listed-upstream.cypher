// Whether a designation can be answered without reading the upstream network: no party within the traversal cap
// (10 hops, every link whatever its dates) is listed by $authorities at any time or has an identity link, and at most
// $shortPathNodes parties are reached. Then the entity is not designated, and was not before, under any rule; the
// caller reads the whole network otherwise. `truncated` is what the whole network would say: a link in force on
// $asOf reaches a party of the neighbourhood from past the cap. Java twin: ownership.OwnershipRepository.
MATCH (seed:Entity {id: $id})
CALL (seed) {
  MATCH (seed)<-[:OWNS|CONTROLS*0..10]-(party:Entity)
  WITH DISTINCT party
  LIMIT $shortPathNodes + 1
  RETURN collect(party) AS parties
}
WITH seed, parties,
     size(parties) <= $shortPathNodes
     AND none(p IN parties WHERE EXISTS { (p)-[:SAME_AS]-(:Entity) }
              OR EXISTS { (p)<-[:TARGETS]-(s:Sanction) WHERE s.authority IN $authorities }) AS nothingUpstream
RETURN seed {.id, .name, .country, labels: labels(seed)} AS party, nothingUpstream,
       CASE WHEN nothingUpstream THEN any(p IN parties WHERE EXISTS {
         MATCH (p)<-[r:OWNS|CONTROLS]-(owner:Entity)
         WHERE (r.startDate IS NULL OR r.startDate <= $asOf) AND (r.endDate IS NULL OR r.endDate >= $asOf)
           AND NOT owner IN parties
       }) END AS truncated
