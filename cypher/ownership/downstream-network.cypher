// Everything $id can own or control within 10 hops (the traversal cap), in one round trip: each party with the
// ownership and control links out of it valid on $asOf.
MATCH (start:Entity {id: $id})
CALL (start) {
  MATCH (start)-[:OWNS|CONTROLS*0..10]->(party:Entity)
  RETURN DISTINCT party
  LIMIT $maxNodes
}
CALL (party) {
  OPTIONAL MATCH (party)-[r:OWNS|CONTROLS]->(other:Entity)
  WHERE (r.startDate IS NULL OR r.startDate <= $asOf) AND (r.endDate IS NULL OR r.endDate >= $asOf)
  RETURN collect(r {ownerId: party.id, ownedId: other.id, kind: type(r), .share, .shareMin, .shareMax,
                    .interestType, .startDate, .endDate,
                    source: r {.dataset, .recordId, .loadRun, .sourceUrl, .firstSeen, .lastSeen},
                    other: other {.id, .name, .country, labels: labels(other)}}) AS holdings
}
RETURN party {.id, .name, .country, labels: labels(party)} AS party, [] AS listings, holdings
