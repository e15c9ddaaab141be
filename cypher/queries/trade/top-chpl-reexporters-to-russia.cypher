// name: top-chpl-reexporters-to-russia
// description: Firms outside Russia that ship Common High Priority List (CHPL) items to Russia, ranked by value
//   within each year. By default only firms that received CHPL items themselves before shipping them on
//   (re-exporters, not makers).
// basis: FinCEN/BIS joint alerts (June 2022, May 2023) and the Treasury readout of April 2023: re-exports of CHPL
//   items to Russia through third countries; CHPL version of 23 February 2024 (BIS with the EU, UK and Japan).
// param: from date = 2022-02-24 — Only shipments on or after this date
// param: to date optional — Only shipments on or before this date (default: any)
// param: destinations list<country> = [RU] — Destination countries; add BY for Belarus
// param: tiers list<tier> = [1, 2, 3.A, 3.B, 4.A, 4.B] — CHPL tiers to count
// param: reexportersOnly bool = true — Only firms that received CHPL items on or before the day they shipped
// param: topPerYear int = 20 — How many firms to rank in each year
// max-rows: 500

MATCH (exporter:Entity)-[:EXPORTED]->(shipment:Shipment)-[:CONSIGNED_TO]->(consignee:Entity)
WHERE shipment.date >= $from AND ($to IS NULL OR shipment.date <= $to)
  AND shipment.chplTier IN $tiers
  AND coalesce(shipment.destinationCountry, consignee.country) IN $destinations
  AND NOT coalesce(exporter.country, '') IN $destinations
  AND (NOT $reexportersOnly OR EXISTS {
         MATCH (exporter)<-[:CONSIGNED_TO]-(received:Shipment)
         WHERE received.chplTier IN $tiers AND received.date <= shipment.date
       })
WITH shipment.date.year AS year, exporter, count(shipment) AS shipments, round(sum(shipment.valueUsd), 2) AS valueUsd,
     collect(DISTINCT consignee.name) AS consignees, collect(DISTINCT shipment.hs6) AS hs6Codes,
     collect(shipment.dataset + ':' + shipment.recordId) AS sources
ORDER BY year, valueUsd DESC, exporter.id
WITH year, collect({exporter: exporter, shipments: shipments, valueUsd: valueUsd, consignees: consignees,
                    hs6Codes: hs6Codes, sources: sources}) AS ranking
UNWIND range(1, size(ranking)) AS rank
WITH year, rank, ranking[rank - 1] AS row
WHERE rank <= $topPerYear
RETURN year, rank, row.exporter.id AS exporterId, row.exporter.name AS exporter,
       row.exporter.country AS country, row.shipments AS shipments, row.valueUsd AS valueUsd,
       row.consignees AS consignees, row.hs6Codes AS hs6Codes,
       // the first 100 shipments the row rests on
       row.sources[..100] AS sources
ORDER BY year, rank
LIMIT $maxRows
