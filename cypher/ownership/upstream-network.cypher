// Everything that can own or control the $seeds within 10 hops (the traversal cap), in one round trip: each party
// with its listings under $authorities, the ownership and control links into it valid on $asOf, and its identity
// links (SAME_AS, either way). The first seed is the entity asked about; the records that are the same entities as
// parties reached (SAME_AS) are the seeds of the next round, so that a chain through one record continues from the
// others.
// At most $maxNodes parties, and $maxLinks links of each, are read: an answer that lists a few hundred stakes
// does not fetch a whole conglomerate.
UNWIND $seeds AS seedId
MATCH (seed:Entity {id: seedId})
CALL (seed) {
  MATCH (seed)<-[:OWNS|CONTROLS*0..10]-(party:Entity)
  RETURN DISTINCT party
  LIMIT $maxNodes
}
WITH DISTINCT party
LIMIT $maxNodes
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
  WITH party, r, other
  LIMIT $maxLinks
  RETURN collect(r {ownerId: other.id, ownedId: party.id, kind: type(r), .share, .shareMin, .shareMax,
                    .interestType, .startDate, .endDate,
                    source: r {.dataset, .recordId, .loadRun, .sourceUrl, .statedBy, .firstSeen, .lastSeen},
                    other: other {.id, .name, .country, labels: labels(other)}}) AS holdings
}
CALL (party) {
  OPTIONAL MATCH (party)-[r:SAME_AS]-(:Entity)
  WITH r, startNode(r) AS a, endNode(r) AS b
  RETURN collect(r {fromId: a.id, toId: b.id, .scheme, .value,
                    source: r {.dataset, .recordId, .loadRun, .firstSeen, .lastSeen},
                    from: a {.id, .name, .country, .dataset, .recordId, labels: labels(a)},
                    to: b {.id, .name, .country, .dataset, .recordId, labels: labels(b)}}) AS sameAs
}
RETURN party {.id, .name, .country, labels: labels(party)} AS party, listings, holdings, sameAs
