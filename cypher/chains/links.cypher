// How each consignee is tied to a designated party, bounded: the consignee itself; up to $maxHops (at most 3)
// OWNS/CONTROLS/DIRECTOR_OF links from a party down to the consignee, valid on $asOf; or one address the consignee
// shares with a party, unless the address is a hub (more than $hubDegree registered parties).
// Designated: a sanction of one of $authorities (any authority when null) in force on $asOf, or a derived
// designation mark of $regime (any regime when null) written by the last recompute.
UNWIND $consigneeIds AS consigneeId
MATCH (consignee:Entity {id: consigneeId})
CALL (consignee) {
  RETURN consignee AS party, [] AS hops, 'designated' AS kind
  UNION
  MATCH path = (party:Entity)-[:OWNS|CONTROLS|DIRECTOR_OF*1..3]->(consignee)
  WHERE length(path) <= $maxHops AND party <> consignee
    AND all(r IN relationships(path) WHERE (r.startDate IS NULL OR r.startDate <= $asOf)
                                      AND (r.endDate IS NULL OR r.endDate >= $asOf))
  WITH party, path LIMIT $maxPaths
  RETURN party,
         [r IN reverse(relationships(path)) | r {type: type(r), from: startNode(r).id, fromName: startNode(r).name,
           to: endNode(r).id, toName: endNode(r).name, .share, .shareMin, .shareMax, .interestType, .role,
           .startDate, .endDate, .dataset, .recordId}] AS hops,
         CASE WHEN any(r IN relationships(path) WHERE type(r) = 'DIRECTOR_OF') THEN 'directed'
              ELSE 'owned-or-controlled' END AS kind
  UNION
  MATCH (consignee)-[own:REGISTERED_AT]->(address:Address)<-[their:REGISTERED_AT]-(party:Entity)
  WHERE party <> consignee AND COUNT { (address)<-[:REGISTERED_AT]-() } <= $hubDegree
  WITH party, address, own, their LIMIT $maxPaths
  RETURN party,
         [own {type: 'REGISTERED_AT', from: consignee.id, fromName: consignee.name, to: address.id,
                toName: address.full, .dataset, .recordId},
          their {type: 'REGISTERED_AT', from: party.id, fromName: party.name, to: address.id,
                 toName: address.full, .dataset, .recordId}] AS hops,
         'shared-address' AS kind
}
CALL (party) {
  OPTIONAL MATCH (sanction:Sanction)-[:TARGETS]->(party)
  WHERE ($authorities IS NULL OR sanction.authority IN $authorities)
    AND (sanction.listedOn IS NULL OR sanction.listedOn <= $asOf)
    AND (sanction.delistedOn IS NULL OR sanction.delistedOn > $asOf)
  RETURN collect(sanction {.id, .authority, .program, .listedOn, .delistedOn, .dataset, .recordId}) AS listings
}
CALL (party) {
  OPTIONAL MATCH (mark:Designation)-[:DESIGNATES]->(party)
  WHERE mark.basis = 'derived' AND ($regime IS NULL OR mark.regime = $regime)
  RETURN collect(mark {.regime, .basis, .possibly, .asOf, .aggregateShareMin, .aggregateShareMax, .contributors,
                       .contributorShares, .contributorRecords}) AS marks
}
WITH consignee, party, hops, kind, listings, marks
WHERE size(listings) > 0 OR size(marks) > 0
RETURN consignee.id AS consigneeId,
       party {.id, .name, .country, .dataset, .recordId, .sourceUrl} AS party,
       hops, kind, listings, marks
