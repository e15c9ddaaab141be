// Whether a designation can be answered without reading the upstream network: nothing within the traversal cap
// (10 hops, every link whatever its dates) is listed by $authorities at any time or has an identity link, nothing
// lies past the cap, and fewer than $maxNodes parties are reached. Then the entity is not designated, and was not
// before, under any rule; the caller reads the whole network otherwise. Java twin: ownership.OwnershipRepository.
MATCH (seed:Entity {id: $id})
CALL (seed) {
  MATCH (seed)<-[:OWNS|CONTROLS*0..11]-(party:Entity)
  WITH DISTINCT party
  LIMIT $maxNodes
  RETURN collect(party) AS withinEleven
}
CALL (seed) {
  MATCH (seed)<-[:OWNS|CONTROLS*0..10]-(party:Entity)
  WITH DISTINCT party
  LIMIT $maxNodes
  RETURN count(party) AS withinTen
}
RETURN seed {.id, .name, .country, labels: labels(seed)} AS party,
       size(withinEleven) = withinTen AND withinTen < $maxNodes
       AND none(p IN withinEleven WHERE EXISTS { (p)-[:SAME_AS]-(:Entity) }
                OR EXISTS { (p)<-[:TARGETS]-(s:Sanction) WHERE s.authority IN $authorities }) AS nothingUpstream
