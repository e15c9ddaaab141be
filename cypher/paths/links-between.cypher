// The links, with every detail and source, between each pair of entities in $pairs ({from, to}): the steps of the
// paths an exposure search shows, found over lean links (reach.cypher). For a pair, the same links as expand.cypher
// gives from one to the other: direct links of the $types asked for ($direct) valid on $asOf; shared addresses
// ($address) with both registrations valid on $asOf, not through an address of $hubDegree registrations or more
// unless $allowHubs; trade ($trade): the shipments either way on or before $asOf, one link per direction, with totals
// and the latest $shipmentsShown shipments. Only the links between the two are read, whatever else either has.
// One row per pair with links, in the columns of expand.cypher (degree and designation are not read here).
UNWIND $pairs AS pair
MATCH (n:Entity {id: pair.from})
MATCH (m:Entity {id: pair.to})
CALL (n, m) {
  MATCH (n)-[r:OWNS|CONTROLS|DIRECTOR_OF|FAMILY_OF|ASSOCIATE_OF|SAME_AS]-(m)
  WHERE $direct AND type(r) IN $types
    AND (r.startDate IS NULL OR r.startDate <= $asOf) AND (r.endDate IS NULL OR r.endDate >= $asOf)
  RETURN 'direct' AS kind,
         r {.share, .shareMin, .shareMax, .role, .interestType, .startDate, .endDate, .scheme, .value, .dataset,
            .recordId, type: type(r), key: elementId(r), startId: startNode(r).id, endId: endNode(r).id} AS detail
  UNION ALL
  MATCH (n)-[own:REGISTERED_AT]->(a)<-[theirs:REGISTERED_AT]-(m)
  WHERE $address
    AND (own.startDate IS NULL OR own.startDate <= $asOf) AND (own.endDate IS NULL OR own.endDate >= $asOf)
    AND (theirs.startDate IS NULL OR theirs.startDate <= $asOf)
    AND (theirs.endDate IS NULL OR theirs.endDate >= $asOf)
  WITH own, theirs, a, COUNT { (a)<-[:REGISTERED_AT]-() } AS degree
  WHERE $allowHubs OR degree < $hubDegree
  RETURN 'address' AS kind,
         {degree: degree, address: a {.id, .full, .country, .dataset, .recordId},
          own: own {.startDate, .endDate, .dataset, .recordId},
          theirs: theirs {.startDate, .endDate, .dataset, .recordId}} AS detail
  UNION ALL
  CALL (n, m) {
    MATCH (n)-[:EXPORTED]->(s)-[:CONSIGNED_TO]->(m)
    WHERE $trade
    RETURN true AS exported, s
    UNION ALL
    MATCH (n)<-[:CONSIGNED_TO]-(s)<-[:EXPORTED]-(m)
    WHERE $trade
    RETURN false AS exported, s
  }
  WITH exported, s
  WHERE s.date IS NULL OR s.date <= $asOf
  ORDER BY s.date DESC, s.id
  WITH exported, count(s) AS shipments, sum(s.valueUsd) AS valueUsd, min(s.date) AS firstDate,
       max(s.date) AS lastDate, collect(s {.id, .date, .hsCode, .valueUsd, .dataset, .recordId}) AS all
  RETURN 'trade' AS kind,
         {exported: exported, shipments: shipments, valueUsd: valueUsd, firstDate: firstDate, lastDate: lastDate,
          latest: all[..$shipmentsShown]} AS detail
}
WITH m, collect({fromId: n.id, kind: kind, detail: detail}) AS links
RETURN m {.id, .name, .country, .dataset, .recordId, labels: labels(m)} AS other, null AS degree, null AS listings,
       null AS derived, m.hopsToDesignated AS hopsToDesignated, links
