// name: new-firms-importing-chpl
// description: Firms in Kazakhstan, Kyrgyzstan and Armenia (or other countries given) incorporated on or after
//   24 February 2022 that receive Common High Priority List (CHPL) items: what, from whom, how much and when.
// basis: FinCEN/BIS joint alert (May 2023): companies in transshipment countries incorporated after 24 February
//   2022 that buy CHPL items are a red flag; CHPL version of 23 February 2024 (BIS with the EU, UK and Japan).
// param: countries list<country> = [KZ, KG, AM] — Countries the receiving firm is registered in, ISO-3166 alpha-2
// param: incorporatedSince date = 2022-02-24 — Incorporated on or after this date
// param: tiers list<tier> = [1, 2, 3.A, 3.B, 4.A, 4.B] — CHPL tiers to count
// param: from date optional — Only shipments on or after this date (default: any)
// param: to date optional — Only shipments on or before this date (default: any)
// max-rows: 500

MATCH (firm:Entity)
WHERE firm.country IN $countries AND firm.incorporationDate >= $incorporatedSince
MATCH (exporter:Entity)-[:EXPORTED]->(shipment:Shipment)-[:CONSIGNED_TO]->(firm)
WHERE shipment.chplTier IN $tiers
  AND ($from IS NULL OR shipment.date >= $from)
  AND ($to IS NULL OR shipment.date <= $to)
WITH firm, count(shipment) AS shipments, round(sum(shipment.valueUsd), 2) AS valueUsd,
     min(shipment.date) AS firstShipment, max(shipment.date) AS lastShipment,
     collect(DISTINCT shipment.hs6) AS hs6Codes, collect(DISTINCT shipment.chplTier) AS tiers,
     collect(DISTINCT exporter.name + ' (' + coalesce(exporter.country, '?') + ')') AS exporters,
     collect(shipment.dataset + ':' + shipment.recordId) AS sources
RETURN firm.id AS firmId, firm.name AS firm, firm.country AS country, firm.incorporationDate AS incorporated,
       shipments, valueUsd, firstShipment, lastShipment, hs6Codes, tiers, exporters,
       // the first 100 shipments the row rests on
       sources[..100] AS sources
ORDER BY valueUsd DESC, firmId
LIMIT $maxRows
