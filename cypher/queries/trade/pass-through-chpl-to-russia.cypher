// name: pass-through-chpl-to-russia
// description: Firms outside Russia that receive Common High Priority List (CHPL) items and ship the same HS-6
//   code on to Russia within a few weeks: a pass-through (transshipment) of the goods Russia's arms industry
//   needs. One row per firm, with its suppliers, consignees and the shortest time from receipt to re-export.
// basis: Treasury readout of April 2023 and FinCEN/BIS joint alert (May 2023): transshipment of semiconductors
//   and other CHPL items through third countries; CHPL version of 23 February 2024 (BIS with the EU, UK, Japan).
// param: from date = 2022-02-24 — Only re-exports on or after this date
// param: withinDays int = 60 — Longest time from receipt to re-export, in days
// param: destinations list<country> = [RU] — Destination countries of the re-export; add BY for Belarus
// param: tiers list<tier> = [1, 2, 3.A, 3.B, 4.A, 4.B] — CHPL tiers to count
// max-rows: 500

MATCH (firm:Entity)-[:EXPORTED]->(outbound:Shipment)-[:CONSIGNED_TO]->(consignee:Entity)
WHERE outbound.date >= $from
  AND outbound.chplTier IN $tiers
  AND coalesce(outbound.destinationCountry, consignee.country) IN $destinations
  AND NOT coalesce(firm.country, '') IN $destinations
MATCH (supplier:Entity)-[:EXPORTED]->(inbound:Shipment)-[:CONSIGNED_TO]->(firm)
WHERE inbound.hs6 = outbound.hs6
  AND inbound.date <= outbound.date
  AND outbound.date <= inbound.date + duration({days: $withinDays})
WITH firm, count(DISTINCT outbound) AS reexports, collect(DISTINCT outbound) AS outbounds,
     collect(DISTINCT inbound) AS inbounds, min(outbound.date) AS firstReexport, max(outbound.date) AS lastReexport,
     min(duration.inDays(inbound.date, outbound.date).days) AS shortestDays,
     collect(DISTINCT outbound.hs6) AS hs6Codes, collect(DISTINCT outbound.chplTier) AS tiers,
     collect(DISTINCT supplier.name) AS suppliers, collect(DISTINCT consignee.name) AS consignees
RETURN firm.id AS firmId, firm.name AS firm, firm.country AS country, firm.incorporationDate AS incorporated,
       reexports, round(reduce(total = 0.0, s IN outbounds | total + coalesce(s.valueUsd, 0.0)), 2)
         AS reexportValueUsd,
       firstReexport, lastReexport, shortestDays, hs6Codes, tiers, suppliers,
       consignees,
       // the re-exports, then the receipts they follow; the first 100
       [s IN outbounds + inbounds | s.dataset + ':' + s.recordId][..100] AS sources
ORDER BY reexportValueUsd DESC, firmId
LIMIT $maxRows
