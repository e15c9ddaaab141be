// Which entities in $ids are designated: listings by $authorities in force on $asOf, and the derived designations
// of $regimes marked after the last load. Only designated entities are returned.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
// Pattern comprehensions expand from the entity already found, whatever the planner's statistics say.
WITH e,
     [(s)-[:TARGETS]->(e)
       WHERE s.authority IN $authorities
         AND (s.listedOn IS NULL OR s.listedOn <= $asOf) AND (s.delistedOn IS NULL OR s.delistedOn > $asOf)
       | s {.id, .authority, .program, .listedOn, .delistedOn, .dataset, .recordId}] AS listings,
     [(d)-[:DESIGNATES]->(e)
       WHERE d.basis = 'derived' AND d.regime IN $regimes
       | d {.regime, .asOf, .possibly, .aggregateShareMin, .aggregateShareMax, .contributors}] AS derived
WITH e, listings, derived
WHERE size(listings) > 0 OR size(derived) > 0
RETURN e.id AS id, listings, derived
