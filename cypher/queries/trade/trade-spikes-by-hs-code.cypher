// name: trade-spikes-by-hs-code
// description: HS-6 codes whose monthly trade into a country rose sharply from a baseline period to a recent
//   one, by at least the given factor, or that appeared from nothing. Values are USD per month, so periods of
//   different lengths compare.
// basis: Treasury readout of April 2023 and FinCEN/BIS joint alert (May 2023): sudden rises in third countries'
//   imports of goods Russia needs (Kazakhstan's in 2022) point at transshipment.
// param: baselineFrom date = 2021-01-01 — First day of the baseline period
// param: baselineTo date = 2022-02-23 — Last day of the baseline period
// param: recentFrom date = 2022-02-24 — First day of the recent period
// param: recentTo date optional — Last day of the recent period (default: today)
// param: countries list<country> optional — Only trade into these countries, ISO-3166 alpha-2 (default: any)
// param: hs6Codes list<string> optional — Only these HS-6 codes (default: any)
// param: minFactor float = 3 — Report codes whose monthly value grew at least this many times
// param: minRecentValueUsd float = 0 — Ignore codes with less trade than this in the recent period, USD
// max-rows: 500

WITH coalesce($recentTo, date()) AS recentTo
MATCH (shipment:Shipment)-[:CONSIGNED_TO]->(consignee:Entity)
WHERE shipment.date >= $baselineFrom AND shipment.date <= recentTo
  AND ($hs6Codes IS NULL OR shipment.hs6 IN $hs6Codes)
WITH recentTo, shipment, coalesce(shipment.destinationCountry, consignee.country) AS country
WHERE $countries IS NULL OR country IN $countries
WITH recentTo, shipment.hs6 AS hs6, country,
     sum(CASE WHEN shipment.date <= $baselineTo THEN shipment.valueUsd ELSE 0.0 END) AS baselineValue,
     sum(CASE WHEN shipment.date >= $recentFrom THEN shipment.valueUsd ELSE 0.0 END) AS recentValue,
     count(CASE WHEN shipment.date >= $recentFrom THEN shipment END) AS recentShipments,
     collect(CASE WHEN shipment.date >= $recentFrom THEN shipment.dataset + ':' + shipment.recordId END) AS sources
WITH hs6, country, recentValue, recentShipments, sources,
     baselineValue / ((duration.inDays($baselineFrom, $baselineTo).days + 1) / 30.4375) AS baselineMonthly,
     recentValue / ((duration.inDays($recentFrom, recentTo).days + 1) / 30.4375) AS recentMonthly
WHERE recentValue > 0 AND recentValue >= $minRecentValueUsd
  AND (baselineMonthly = 0 OR recentMonthly >= $minFactor * baselineMonthly)
RETURN hs6, country, round(baselineMonthly, 2) AS baselineMonthlyUsd, round(recentMonthly, 2) AS recentMonthlyUsd,
       CASE WHEN baselineMonthly > 0 THEN round(recentMonthly / baselineMonthly, 2) END AS factor,
       baselineMonthly = 0 AS newFlow, recentShipments, round(recentValue, 2) AS recentValueUsd,
       // the first 100 recent shipments
       sources[..100] AS sources
ORDER BY factor DESC, recentMonthlyUsd DESC, hs6, country
LIMIT $maxRows
