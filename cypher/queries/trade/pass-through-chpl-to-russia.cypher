// name: pass-through-chpl-to-russia
// description: Firms outside Russia that receive Common High Priority List (CHPL) items and ship the same HS-6
//   code on to Russia within a few weeks: a pass-through (transshipment) of the goods Russia's arms industry
//   needs. One row per firm, with its suppliers, consignees and the shortest time from receipt to re-export.
// basis: Treasury readout of April 2023 and FinCEN/BIS joint alert (May 2023): transshipment of semiconductors
//   and other CHPL items through third countries; CHPL version of 23 February 2024 (BIS with the EU, UK, Japan).
// param: from date = 2022-02-24 — Only re-exports on or after this date
// param: withinDays int = 60 — Longest time from receipt to re-export, in days
// param: destinations list<string> = [RU] — Destination countries of the re-export; add BY for Belarus
// param: tiers list<string> = [1, 2, 3.A, 3.B, 4.A, 4.B] — CHPL tiers to count
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
MATCH (firm:Entity)-[:EXPORTED]->(outbound:Shipment)-[:CONSIGNED_TO]->(consignee:Entity)
WHERE outbound.date >= $from
  AND chpl[outbound.hs6] IN $tiers
  AND coalesce(outbound.destinationCountry, consignee.country) IN $destinations
  AND NOT coalesce(firm.country, '') IN $destinations
MATCH (supplier:Entity)-[:EXPORTED]->(inbound:Shipment)-[:CONSIGNED_TO]->(firm)
WHERE inbound.hs6 = outbound.hs6
  AND inbound.date <= outbound.date
  AND outbound.date <= inbound.date + duration({days: $withinDays})
WITH firm, count(DISTINCT outbound) AS reexports, collect(DISTINCT outbound) AS outbounds,
     collect(DISTINCT inbound) AS inbounds, min(outbound.date) AS firstReexport, max(outbound.date) AS lastReexport,
     min(duration.inDays(inbound.date, outbound.date).days) AS shortestDays,
     collect(DISTINCT outbound.hs6) AS hs6Codes, collect(DISTINCT chpl[outbound.hs6]) AS tiers,
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
