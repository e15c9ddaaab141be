// The entity's registered activity and its trade (as exporter or consignee) up to $asOf per HS chapter (the first
// two digits), for the goods-outside-activity flag; the service compares the chapters with the activity.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL CALL (e) {
  MATCH (e)-[:EXPORTED]->(s:Shipment)
  WHERE s.date <= $asOf
  RETURN s, 'export' AS direction
  UNION
  MATCH (s:Shipment)-[:CONSIGNED_TO]->(e)
  WHERE s.date <= $asOf
  RETURN s, 'import' AS direction
}
WITH id, e, s, direction, left(coalesce(s.hs6, s.hsCode), 2) AS chapter
ORDER BY s.chplTier IS NULL, s.valueUsd DESC, s.id
WITH id, e, chapter, count(s) AS shipments, sum(s.valueUsd) AS valueUsd, count(s.chplTier) AS chplShipments,
     collect(s {.id, .date, .hsCode, .chplTier, .description, .valueUsd, direction: direction,
                source: s.dataset + ':' + s.recordId})[..$maxEvidence] AS shown
ORDER BY chapter
RETURN id, e.activityCode AS activityCode, e.activityName AS activityName,
       [x IN [e.dataset + ':' + e.recordId] WHERE x IS NOT NULL] AS entitySources,
       collect(CASE WHEN chapter IS NOT NULL THEN {chapter: chapter, shipments: shipments, valueUsd: valueUsd,
                    chplShipments: chplShipments, shipmentsShown: shown} END) AS chapters
