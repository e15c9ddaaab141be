// Which entities in $ids are designated: listings by $authorities in force on $asOf, and the derived designations
// of $regimes marked after the last load. Only designated entities are returned.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (s:Sanction)-[:TARGETS]->(e)
  WHERE s.authority IN $authorities
    AND (s.listedOn IS NULL OR s.listedOn <= $asOf) AND (s.delistedOn IS NULL OR s.delistedOn > $asOf)
  RETURN collect(s {.id, .authority, .program, .listedOn, .delistedOn, .dataset, .recordId}) AS listings
}
CALL (e) {
  OPTIONAL MATCH (d:Designation {basis: 'derived'})-[:DESIGNATES]->(e)
  WHERE d.regime IN $regimes
  RETURN collect(d {.regime, .asOf, .possibly, .aggregateShareMin, .aggregateShareMax, .contributors}) AS derived
}
WITH e, listings, derived
WHERE size(listings) > 0 OR size(derived) > 0
RETURN e.id AS id, listings, derived
