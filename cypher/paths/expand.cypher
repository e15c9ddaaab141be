// One level of a search in one statement: every link of each entity in $ids that the search follows, with the entity
// at the other end, its hub-guard degree and (for exposure) its designation. One row per entity reached, carrying
// the links to it:
//  - direct links ($direct): relationships of the $types asked for, valid on $asOf, one link per relationship;
//  - shared addresses ($address): registrations valid on $asOf, one link per pair and address; an address with
//    $hubDegree or more registrations is a hub: unless $allowHubs, it is not gone through and comes back on a row
//    with no entity (other is null) so that the caller can report it;
//  - trade ($trade): shipments exported to or received from the other entity on or before $asOf, one link per
//    partner and direction, with totals and the latest $shipmentsShown shipments.
// The degree (unless $allowHubs) counts the parties and addresses the entity reached is linked to, directly or
// through a shipment (each trading partner once, counted up to $hubDegree: enough to tell a hub, without reading
// every shipment of a big logistics firm): the same measure as degrees.cypher.
// The far ends of the patterns carry no labels: the relationship types fix them (the graph model), and a label
// there would let the planner start from a label or index scan on a small graph instead of expanding from the
// entities in $ids. The designation (if $regimes is not empty) is as in designations.cypher: listings by
// $authorities in force on $asOf and derived designations of $regimes; null when the entity is not designated.
// hopsToDesignated is the exposure index's count for the entity reached (paths/index, ExposureIndex).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r:OWNS|CONTROLS|DIRECTOR_OF|FAMILY_OF|ASSOCIATE_OF|SAME_AS]-(m)
  WHERE $direct AND type(r) IN $types AND m <> n
    AND (r.startDate IS NULL OR r.startDate <= $asOf) AND (r.endDate IS NULL OR r.endDate >= $asOf)
  RETURN 'direct' AS kind, m,
         r {.share, .shareMin, .shareMax, .role, .interestType, .startDate, .endDate, .scheme, .value, .dataset,
            .recordId, type: type(r), key: elementId(r), startId: startNode(r).id, endId: endNode(r).id} AS detail
  UNION ALL
  MATCH (n)-[own:REGISTERED_AT]->(a)
  WHERE $address AND (own.startDate IS NULL OR own.startDate <= $asOf) AND (own.endDate IS NULL OR own.endDate >= $asOf)
  WITH n, own, a, COUNT { (a)<-[:REGISTERED_AT]-() } AS degree
  OPTIONAL MATCH (a)<-[theirs:REGISTERED_AT]-(m)
  WHERE ($allowHubs OR degree < $hubDegree) AND m <> n
    AND (theirs.startDate IS NULL OR theirs.startDate <= $asOf)
    AND (theirs.endDate IS NULL OR theirs.endDate >= $asOf)
  RETURN 'address' AS kind, m,
         {degree: degree, address: a {.id, .full, .country, .dataset, .recordId},
          own: own {.startDate, .endDate, .dataset, .recordId},
          theirs: theirs {.startDate, .endDate, .dataset, .recordId}} AS detail
  UNION ALL
  CALL (n) {
    MATCH (n)-[:EXPORTED]->(s)-[:CONSIGNED_TO]->(m)
    WHERE $trade
    RETURN m, true AS exported, s
    UNION ALL
    MATCH (n)<-[:CONSIGNED_TO]-(s)<-[:EXPORTED]-(m)
    WHERE $trade
    RETURN m, false AS exported, s
  }
  WITH n, m, exported, s
  WHERE m <> n AND (s.date IS NULL OR s.date <= $asOf)
  ORDER BY s.date DESC, s.id
  WITH m, exported, count(s) AS shipments, sum(s.valueUsd) AS valueUsd, min(s.date) AS firstDate,
       max(s.date) AS lastDate, collect(s {.id, .date, .hsCode, .valueUsd, .dataset, .recordId}) AS all
  RETURN 'trade' AS kind, m,
         {exported: exported, shipments: shipments, valueUsd: valueUsd, firstDate: firstDate, lastDate: lastDate,
          latest: all[..$shipmentsShown]} AS detail
}
WITH m, collect({fromId: n.id, kind: kind, detail: detail}) AS links
OPTIONAL CALL (m) {
  MATCH (m)
  WHERE NOT $allowHubs
  RETURN COUNT { (m)-[:OWNS|CONTROLS|DIRECTOR_OF|FAMILY_OF|ASSOCIATE_OF|SAME_AS|REGISTERED_AT]-() }
         + size(COLLECT {
             MATCH (m)-[:EXPORTED|CONSIGNED_TO]-(s)-[:EXPORTED|CONSIGNED_TO]-(partner)
             WHERE partner <> m
             RETURN DISTINCT partner
             LIMIT $hubDegree
           }) AS degree
}
OPTIONAL CALL (m) {
  MATCH (m)
  WHERE size($regimes) > 0
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
RETURN m {.id, .name, .country, .dataset, .recordId, labels: labels(m)} AS other, degree, listings, derived,
       m.hopsToDesignated AS hopsToDesignated, links
