// The stored links of the kinds in $kinds between the nodes in $ids (entities, addresses, listings): each
// relationship whose two ends are both in $ids, with its facts and provenance. With $asOf, only relationships valid
// on that day and listings (TARGETS, from the Sanction node) in force on it; a listing's dates come with it.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Address {id: id}) RETURN n
  UNION
  MATCH (n:Sanction {id: id}) RETURN n
}
MATCH (n)-[r:OWNS|CONTROLS|DIRECTOR_OF|FAMILY_OF|ASSOCIATE_OF|SAME_AS|REGISTERED_AT|TARGETS]->(m)
WHERE type(r) IN $kinds AND m <> n AND m.id IN $ids
  AND ($asOf IS NULL OR ((r.startDate IS NULL OR r.startDate <= $asOf) AND (r.endDate IS NULL OR r.endDate >= $asOf)))
  AND (NOT n:Sanction OR $asOf IS NULL
       OR ((n.listedOn IS NULL OR n.listedOn <= $asOf) AND (n.delistedOn IS NULL OR n.delistedOn > $asOf)))
RETURN elementId(r) AS key, type(r) AS kind, n.id AS source, m.id AS target,
       r {.share, .shareMin, .shareMax, .role, .interestType, .startDate, .endDate, .scheme, .value, .actor,
          .decidedAt, .note} AS facts,
       r {.dataset, .recordId, .loadRun, .firstLoadRun, .firstSeen, .lastSeen, .sourceUrl} AS provenance,
       CASE WHEN n:Sanction THEN n {.authority, .program, .listedOn, .delistedOn, .reason} END AS listing
ORDER BY kind, source, target, key
