// name: rerouted-russia-suppliers
// description: Exporters that shipped goods straight to Russia before 24 February 2022 and since ship the same
//   HS-6 codes to firms in third countries that serve as transshipment points; with what they still ship
//   straight to Russia.
// basis: FinCEN/BIS joint alert (June 2022): parties that formerly shipped to Russia and now route the same goods
//   through third countries; the countries are the alerts' transshipment points.
// param: cutoff date = 2022-02-24 — Direct trade before this date, trade through third countries from it
// param: russia list<country> = [RU, BY] — Destinations that count as direct trade (Russia, Belarus)
// param: thirdCountries list<country> = [AM, BR, CN, GE, IN, IL, KZ, KG, MX, NI, RS, SG, ZA, TW, TJ, TR, AE, UZ,
//   HK, MO] — Transshipment points
// max-rows: 500

MATCH (exporter:Entity)-[:EXPORTED]->(before:Shipment)-[:CONSIGNED_TO]->(former:Entity)
WHERE before.date < $cutoff
  AND coalesce(before.destinationCountry, former.country) IN $russia
  AND NOT coalesce(exporter.country, '') IN $russia
WITH exporter, collect(before) AS direct, collect(DISTINCT before.hs6) AS directCodes,
     collect(DISTINCT former.name) AS formerConsignees
MATCH (exporter)-[:EXPORTED]->(after:Shipment)-[:CONSIGNED_TO]->(consignee:Entity)
WHERE after.date >= $cutoff AND after.hs6 IN directCodes
  AND coalesce(after.destinationCountry, consignee.country) IN $thirdCountries
WITH exporter, direct, formerConsignees, collect(after) AS rerouted,
     collect(DISTINCT consignee.name + ' (' + coalesce(after.destinationCountry, consignee.country) + ')') AS consignees
RETURN exporter.id AS exporterId, exporter.name AS exporter, exporter.country AS country,
       size(direct) AS directBefore,
       round(reduce(total = 0.0, s IN direct | total + coalesce(s.valueUsd, 0.0)), 2) AS directValueBeforeUsd,
       formerConsignees,
       COUNT {
         MATCH (exporter)-[:EXPORTED]->(still:Shipment)-[:CONSIGNED_TO]->(receiver:Entity)
         WHERE still.date >= $cutoff AND coalesce(still.destinationCountry, receiver.country) IN $russia
       } AS directSince,
       size(rerouted) AS thirdCountrySince,
       round(reduce(total = 0.0, s IN rerouted | total + coalesce(s.valueUsd, 0.0)), 2)
         AS thirdCountryValueSinceUsd,
       consignees,
       reduce(codes = [], s IN rerouted | codes + CASE WHEN s.hs6 IN codes THEN [] ELSE [s.hs6] END) AS hs6Codes,
       // the shipments through third countries, then the direct ones before; the first 100
       [s IN rerouted + direct | s.dataset + ':' + s.recordId][..100] AS sources
ORDER BY thirdCountryValueSinceUsd DESC, exporterId
LIMIT $maxRows
