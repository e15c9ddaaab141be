// Red flag: the entity's shipments are consigned to a freight forwarder, logistics, cargo or courier firm. Such a
// consignee is recognised by its activity code (prefixes in $activityCodes, dots and spaces ignored), by words in
// its name, aliases or activity name ($keywords, any case, Latin or Cyrillic), or by its id in $consignees.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL CALL (e) {
  MATCH (e)-[:EXPORTED]->(s:Shipment)-[:CONSIGNED_TO]->(consignee:Entity)
  WHERE s.date <= $asOf
  WITH consignee, s ORDER BY s.date DESC, s.id
  WITH consignee, count(s) AS shipments, sum(s.valueUsd) AS valueUsd, count(s.chplTier) AS chplShipments,
       collect(s {.id, .date, .hsCode, .chplTier, .valueUsd, .destinationCountry,
                  source: s.dataset + ':' + s.recordId})[..$maxEvidence] AS shown,
       toUpper(replace(replace(coalesce(consignee.activityCode, ''), '.', ''), ' ', '')) AS code
  WITH consignee, shipments, valueUsd, chplShipments, shown,
       [word IN $keywords WHERE any(text IN [consignee.name, consignee.activityName] + coalesce(consignee.aliases, [])
                                    WHERE toLower(text) CONTAINS toLower(word))] AS words,
       [prefix IN $activityCodes WHERE code <> '' AND code STARTS WITH prefix] AS codes,
       consignee.id IN $consignees AS configured
  WHERE size(words) > 0 OR size(codes) > 0 OR configured
  ORDER BY valueUsd DESC, consignee.id
  RETURN collect({consignee: consignee {.id, .name, .country, .activityCode, .activityName},
                  matchedWords: words, matchedActivityCodes: codes, configured: configured,
                  shipments: shipments, chplShipments: chplShipments, valueUsd: round(valueUsd, 2),
                  shipmentsShown: shown,
                  consigneeSource: consignee.dataset + ':' + consignee.recordId}) AS consignees
}
WITH id, coalesce(consignees, []) AS consignees
RETURN id, true AS assessable, null AS note,
       size(consignees) > 0 AS raised,
       {consignees: consignees[..$maxEvidence]} AS evidence,
       reduce(acc = [], c IN consignees[..$maxEvidence] |
              acc + [x IN [c.consigneeSource] + [s IN c.shipmentsShown | s.source] WHERE x IS NOT NULL]) AS sources
