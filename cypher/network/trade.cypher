// The shipments between the entities in $ids, one row per exporter and consignee (both in $ids): how many, their
// total value, first and last dates, the HS codes shipped (at most $hsCodesShown, most shipped first) and the
// provenance of the latest $sourcesShown shipments. With $asOf, only shipments on or before that day.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
MATCH (n)-[:EXPORTED]->(s:Shipment)-[:CONSIGNED_TO]->(m)
WHERE m <> n AND m.id IN $ids AND ($asOf IS NULL OR s.date IS NULL OR s.date <= $asOf)
WITH n, m, s ORDER BY s.date DESC, s.id
WITH n, m, count(s) AS shipments, sum(s.valueUsd) AS valueUsd, min(s.date) AS firstDate, max(s.date) AS lastDate,
     collect(s.hsCode) AS codes,
     collect(s {.dataset, .recordId, .loadRun, .firstLoadRun, .firstSeen, .lastSeen, .sourceUrl})[..$sourcesShown]
       AS sources
CALL (codes) {
  UNWIND codes AS code
  WITH code WHERE code IS NOT NULL
  WITH code, count(*) AS times ORDER BY times DESC, code
  RETURN collect(code)[..$hsCodesShown] AS hsCodes
}
RETURN n.id AS exporter, m.id AS consignee, shipments, valueUsd, firstDate, lastDate, hsCodes, sources
ORDER BY exporter, consignee
