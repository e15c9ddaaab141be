// The entity's trade in goods on the Common High Priority List (as exporter or consignee) from $baselineFrom to
// $asOf, summed per period: 'before' the invasion ($invasionDate), then each calendar year after it. The surge
// rule itself is applied to these sums by the service, so that it reads in one place.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL CALL (e) {
  MATCH (e)-[:EXPORTED]->(s:Shipment)
  WHERE s.chplTier IS NOT NULL AND s.date >= $baselineFrom AND s.date <= $asOf
  RETURN s
  UNION
  MATCH (s:Shipment)-[:CONSIGNED_TO]->(e)
  WHERE s.chplTier IS NOT NULL AND s.date >= $baselineFrom AND s.date <= $asOf
  RETURN s
}
WITH id, s, CASE WHEN s.date < $invasionDate THEN 'before' ELSE toString(s.date.year) END AS period
ORDER BY s.valueUsd DESC, s.id
WITH id, period, count(s) AS shipments, sum(s.valueUsd) AS valueUsd,
     collect(s.dataset + ':' + s.recordId)[..$maxEvidence] AS sources
ORDER BY period
RETURN id, collect(CASE WHEN period IS NOT NULL
                        THEN {period: period, shipments: shipments, valueUsd: valueUsd, sources: sources} END)
           AS periods
