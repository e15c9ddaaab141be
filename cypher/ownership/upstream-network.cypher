// Everything that can own or control $id within 10 hops (the traversal cap), in one round trip: each party with
// its listings under $authorities and the ownership and control links into it valid on $asOf.
MATCH (start:Entity {id: $id})
CALL (start) {
  MATCH (start)<-[:OWNS|CONTROLS*0..10]-(party:Entity)
  RETURN DISTINCT party
  LIMIT $maxNodes
}
CALL (party) {
  OPTIONAL MATCH (party)<-[:TARGETS]-(s:Sanction)
  WHERE s.authority IN $authorities
    AND (s.listedOn IS NULL OR s.listedOn <= $asOf) AND (s.delistedOn IS NULL OR s.delistedOn > $asOf)
  RETURN collect(s {.id, .authority, .program, .listedOn, .delistedOn,
                    source: s {.dataset, .recordId, .loadRun, .sourceUrl}}) AS listings
}
CALL (party) {
  OPTIONAL MATCH (party)<-[r:OWNS|CONTROLS]-(other:Entity)
  WHERE (r.startDate IS NULL OR r.startDate <= $asOf) AND (r.endDate IS NULL OR r.endDate >= $asOf)
  RETURN collect(r {ownerId: other.id, ownedId: party.id, kind: type(r), .share, .shareMin, .shareMax,
                    .interestType, .startDate, .endDate,
                    source: r {.dataset, .recordId, .loadRun, .sourceUrl, .firstSeen, .lastSeen},
                    other: other {.id, .name, .country, labels: labels(other)}}) AS holdings
}
RETURN party {.id, .name, .country, labels: labels(party)} AS party, listings, holdings
