// name: top-chpl-reexporters-to-russia
// description: Firms outside Russia that ship Common High Priority List (CHPL) items to Russia, ranked by value
//   within each year. By default only firms that received CHPL items themselves before shipping them on
//   (re-exporters, not makers).
// basis: FinCEN/BIS joint alerts (June 2022, May 2023) and the Treasury readout of April 2023: re-exports of CHPL
//   items to Russia through third countries; CHPL version of 23 February 2024 (BIS with the EU, UK and Japan).
// param: from date = 2022-02-24 — Only shipments on or after this date
// param: to date optional — Only shipments on or before this date (default: any)
// param: destinations list<string> = [RU] — Destination countries; add BY for Belarus
// param: tiers list<string> = [1, 2, 3.A, 3.B, 4.A, 4.B] — CHPL tiers to count
// param: reexportersOnly bool = true — Only firms that received CHPL items on or before the day they shipped
// param: topPerYear int = 20 — How many firms to rank in each year
// max-rows: 500

// The Common High Priority List (BIS with the EU, UK and Japan), version of 23 February 2024: HS-6 code -> tier.
// https://www.bis.gov/licensing/country-guidance/common-high-priority-items-list-chpl
WITH {
  `854231`: '1', `854232`: '1', `854233`: '1', `854239`: '1',
  `851762`: '2', `852691`: '2', `853221`: '2', `853224`: '2', `854800`: '2',
  `847150`: '3.A', `850440`: '3.A', `851769`: '3.A', `852589`: '3.A', `852910`: '3.A', `852990`: '3.A',
  `853669`: '3.A', `853690`: '3.A', `854110`: '3.A', `854121`: '3.A', `854129`: '3.A', `854130`: '3.A',
  `854149`: '3.A', `854151`: '3.A', `854159`: '3.A', `854160`: '3.A',
  `848210`: '3.B', `848220`: '3.B', `848230`: '3.B', `848250`: '3.B', `880730`: '3.B', `901310`: '3.B',
  `901380`: '3.B', `901420`: '3.B', `901480`: '3.B',
  `847180`: '4.A', `848610`: '4.A', `848620`: '4.A', `848640`: '4.A', `853400`: '4.A', `854320`: '4.A',
  `902750`: '4.A', `903020`: '4.A', `903032`: '4.A', `903039`: '4.A', `903082`: '4.A',
  `845710`: '4.B', `845811`: '4.B', `845891`: '4.B', `845961`: '4.B', `846693`: '4.B'
} AS chpl
MATCH (exporter:Entity)-[:EXPORTED]->(shipment:Shipment)-[:CONSIGNED_TO]->(consignee:Entity)
WHERE shipment.date >= $from AND ($to IS NULL OR shipment.date <= $to)
  AND chpl[shipment.hs6] IN $tiers
  AND coalesce(shipment.destinationCountry, consignee.country) IN $destinations
  AND NOT coalesce(exporter.country, '') IN $destinations
  AND (NOT $reexportersOnly OR EXISTS {
         MATCH (exporter)<-[:CONSIGNED_TO]-(received:Shipment)
         WHERE chpl[received.hs6] IN $tiers AND received.date <= shipment.date
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
