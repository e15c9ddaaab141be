// One level of an exposure search, lean: where the links of each entity in $ids lead, with only what the search
// needs to rank paths (the kind of each link), and none of their details: those are read afterwards for the paths
// shown (links-between.cypher). One row per entity reached, carrying the links to it:
//  - direct links: relationships valid on $asOf; key: the relationship's element id;
//  - shared addresses: registrations valid on $asOf, one link per pair and address (key: the address id); an address
//    with $hubDegree or more registrations is a hub: unless $allowHubs, it is not gone through and comes back on a
//    row with no entity, with its id, text and degree under `hub`, so that the caller can report it;
//  - trade: partners with a shipment on or before $asOf, one link per partner and direction.
// With the index ($indexed), an entity reached whose count exceeds $slack and is not 0 is left out: the search would
// neither go on from it nor report it. For an entity reached, the hub-guard degree (unless $allowHubs) is counted as in degrees.cypher, and only when the
// search may go on from it: when its exposure index count is at most $slack (null: always). Its designation (listings
// by $authorities in force on $asOf, derived designations of $regimes) is read only when it can be designated: when
// $indexed is false, or its exposure index count is 0.
// As in expand.cypher, the far ends of the patterns carry no labels: the relationship types fix them.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r:OWNS|CONTROLS|DIRECTOR_OF|FAMILY_OF|ASSOCIATE_OF|SAME_AS]-(m)
  WHERE m <> n AND (r.startDate IS NULL OR r.startDate <= $asOf) AND (r.endDate IS NULL OR r.endDate >= $asOf)
  RETURN m, type(r) AS type, elementId(r) AS key, startNode(r) = n AS outgoing, null AS hub
  UNION ALL
  MATCH (n)-[own:REGISTERED_AT]->(a)
  WHERE (own.startDate IS NULL OR own.startDate <= $asOf) AND (own.endDate IS NULL OR own.endDate >= $asOf)
  WITH n, a, COUNT { (a)<-[:REGISTERED_AT]-() } AS degree
  OPTIONAL MATCH (a)<-[theirs:REGISTERED_AT]-(m)
  WHERE ($allowHubs OR degree < $hubDegree) AND m <> n
    AND (theirs.startDate IS NULL OR theirs.startDate <= $asOf)
    AND (theirs.endDate IS NULL OR theirs.endDate >= $asOf)
  RETURN m, 'REGISTERED_AT' AS type, a.id AS key, null AS outgoing,
         CASE WHEN NOT $allowHubs AND degree >= $hubDegree THEN {id: a.id, full: a.full, degree: degree} END AS hub
  UNION ALL
  MATCH (n)-[:EXPORTED]->(s)-[:CONSIGNED_TO]->(m)
  WHERE m <> n AND (s.date IS NULL OR s.date <= $asOf)
  WITH DISTINCT m
  RETURN m, 'EXPORTED' AS type, null AS key, true AS outgoing, null AS hub
  UNION ALL
  MATCH (n)<-[:CONSIGNED_TO]-(s)<-[:EXPORTED]-(m)
  WHERE m <> n AND (s.date IS NULL OR s.date <= $asOf)
  WITH DISTINCT m
  RETURN m, 'EXPORTED' AS type, null AS key, false AS outgoing, null AS hub
}
WITH m, collect({fromId: n.id, type: type, key: key, outgoing: outgoing, hub: hub}) AS links
WITH m, links, m.hopsToDesignated AS hops
// with the index, an entity the search would neither go on from nor report is left out: a dead end
WHERE m IS NULL OR NOT $indexed OR hops = 0 OR coalesce(hops, $slack + 1) <= $slack
OPTIONAL CALL (m, hops) {
  MATCH (m)
  WHERE NOT $allowHubs AND ($slack IS NULL OR coalesce(hops, $slack + 1) <= $slack)
  RETURN COUNT { (m)-[:OWNS|CONTROLS|DIRECTOR_OF|FAMILY_OF|ASSOCIATE_OF|SAME_AS|REGISTERED_AT]-() }
         + size(COLLECT {
             MATCH (m)-[:EXPORTED|CONSIGNED_TO]-(s)-[:EXPORTED|CONSIGNED_TO]-(partner)
             WHERE partner <> m
             RETURN DISTINCT partner
             LIMIT $hubDegree
           }) AS degree
}
OPTIONAL CALL (m, hops) {
  MATCH (m)
  WHERE size($regimes) > 0 AND (NOT $indexed OR hops = 0)
  WITH [(s)-[:TARGETS]->(m)
          WHERE s.authority IN $authorities
            AND (s.listedOn IS NULL OR s.listedOn <= $asOf) AND (s.delistedOn IS NULL OR s.delistedOn > $asOf)
          | s {.id, .authority, .program, .listedOn, .delistedOn, .dataset, .recordId}] AS listings,
       [(d)-[:DESIGNATES]->(m)
          WHERE d.basis = 'derived' AND d.regime IN $regimes
          | d {.regime, .asOf, .possibly, .aggregateShareMin, .aggregateShareMax, .contributors}] AS derived
  WHERE size(listings) > 0 OR size(derived) > 0
  RETURN listings, derived
}
RETURN m.id AS id, hops AS hopsToDesignated, degree, CASE WHEN degree >= $hubDegree THEN m.name END AS hubName,
       listings, derived, links
