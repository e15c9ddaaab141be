// What ended, on or before $asOf, upstream of the entity $id within 10 hops (the traversal cap) that its designation
// may have rested on: a listing under $authorities delisted, or an ownership or control link ended. Each with
// `until` (the delisting date, or the link's end date) and `lastDay`, the last day it was in force: the ownership
// service asks whether the entity was designated then. The latest first, at most $limit.
// The records that are the same entity as the one asked about, or as a party upstream (SAME_AS), count as it, as in
// the designation itself: a delisting stated on a sanctions list's record ends what its registry record held.
MATCH (seed:Entity {id: $id})-[:SAME_AS*0..2]-(record:Entity)
MATCH (record)<-[:OWNS|CONTROLS*0..10]-(reached:Entity)
WITH DISTINCT reached
LIMIT $maxNodes
MATCH (reached)-[:SAME_AS*0..2]-(party:Entity)
WITH DISTINCT party
LIMIT $maxNodes
CALL (party) {
  OPTIONAL MATCH (party)<-[:TARGETS]-(s:Sanction)
  WHERE s.authority IN $authorities AND s.delistedOn IS NOT NULL AND s.delistedOn <= $asOf
  RETURN collect({until: s.delistedOn, lastDay: s.delistedOn - duration('P1D'),
                  what: 'the ' + s.authority + coalesce(' ' + s.program, '') + ' listing of '
                        + coalesce(party.name, party.id) + ' ended on ' + toString(s.delistedOn)}) AS delistings
}
CALL (party) {
  OPTIONAL MATCH (party)<-[r:OWNS|CONTROLS]-(owner:Entity)
  WHERE r.endDate IS NOT NULL AND r.endDate < $asOf
  RETURN collect({until: r.endDate, lastDay: r.endDate,
                  what: 'the ' + CASE type(r) WHEN 'OWNS' THEN coalesce(toString(r.share) + '% ', '') + 'stake'
                        ELSE 'control' END + ' of ' + coalesce(owner.name, owner.id) + ' in '
                        + coalesce(party.name, party.id) + ' ended on ' + toString(r.endDate)}) AS ended
}
UNWIND delistings + ended AS change
WITH change
WHERE change.until IS NOT NULL
RETURN change.until AS until, change.lastDay AS lastDay, change.what AS what
ORDER BY lastDay DESC
LIMIT $limit
