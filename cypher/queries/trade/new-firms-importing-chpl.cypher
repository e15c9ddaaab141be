// name: new-firms-importing-chpl
// description: Firms in Kazakhstan, Kyrgyzstan and Armenia (or other countries given) incorporated on or after
//   24 February 2022 that receive Common High Priority List (CHPL) items: what, from whom, how much and when.
// basis: FinCEN/BIS joint alert (May 2023): companies in transshipment countries incorporated after 24 February
//   2022 that buy CHPL items are a red flag; CHPL version of 23 February 2024 (BIS with the EU, UK and Japan).
// param: countries list<string> = [KZ, KG, AM] — Countries the receiving firm is registered in, ISO-3166 alpha-2
// param: incorporatedSince date = 2022-02-24 — Incorporated on or after this date
// param: tiers list<string> = [1, 2, 3.A, 3.B, 4.A, 4.B] — CHPL tiers to count
// param: from date optional — Only shipments on or after this date (default: any)
// param: to date optional — Only shipments on or before this date (default: any)
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
MATCH (firm:Entity)
WHERE firm.country IN $countries AND firm.incorporationDate >= $incorporatedSince
MATCH (exporter:Entity)-[:EXPORTED]->(shipment:Shipment)-[:CONSIGNED_TO]->(firm)
WHERE chpl[shipment.hs6] IN $tiers
  AND ($from IS NULL OR shipment.date >= $from)
  AND ($to IS NULL OR shipment.date <= $to)
WITH firm, count(shipment) AS shipments, round(sum(shipment.valueUsd), 2) AS valueUsd,
     min(shipment.date) AS firstShipment, max(shipment.date) AS lastShipment,
     collect(DISTINCT shipment.hs6) AS hs6Codes, collect(DISTINCT chpl[shipment.hs6]) AS tiers,
     collect(DISTINCT exporter.name + ' (' + coalesce(exporter.country, '?') + ')') AS exporters,
     collect(shipment.dataset + ':' + shipment.recordId) AS sources
RETURN firm.id AS firmId, firm.name AS firm, firm.country AS country, firm.incorporationDate AS incorporated,
       shipments, valueUsd, firstShipment, lastShipment, hs6Codes, tiers, exporters,
       // the first 100 shipments the row rests on
       sources[..100] AS sources
ORDER BY valueUsd DESC, firmId
LIMIT $maxRows
