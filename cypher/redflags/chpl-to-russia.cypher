// Red flag: the entity imports goods on the Common High Priority List (shipments with a chplTier consigned to it)
// and ships to Russia or Belarus ($russia: the shipment's destination, else the consignee's country).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (supplier:Entity)-[:EXPORTED]->(s:Shipment)-[:CONSIGNED_TO]->(e)
  WHERE s.chplTier IS NOT NULL AND s.date <= $asOf
  WITH CASE WHEN s IS NOT NULL
            THEN s {.id, .date, .hsCode, .hs6, .chplTier, .description, .valueUsd, .originCountry,
                    .destinationCountry, counterparty: supplier {.id, .name, .country},
                    source: s.dataset + ':' + s.recordId} END AS shipment
  ORDER BY shipment.date DESC, shipment.id
  RETURN count(shipment) AS chplImports, sum(shipment.valueUsd) AS chplImportValueUsd,
         min(shipment.date) AS firstChplImport, collect(shipment)[..$maxEvidence] AS imports
}
CALL (e) {
  OPTIONAL MATCH (e)-[:EXPORTED]->(s:Shipment)-[:CONSIGNED_TO]->(consignee:Entity)
  WHERE coalesce(s.destinationCountry, consignee.country) IN $russia AND s.date <= $asOf
  WITH CASE WHEN s IS NOT NULL
            THEN s {.id, .date, .hsCode, .hs6, .chplTier, .description, .valueUsd, .originCountry,
                    destinationCountry: coalesce(s.destinationCountry, consignee.country),
                    counterparty: consignee {.id, .name, .country},
                    source: s.dataset + ':' + s.recordId} END AS shipment
  ORDER BY shipment.chplTier IS NULL, shipment.date DESC, shipment.id
  RETURN count(shipment) AS exportsToRussia, sum(shipment.valueUsd) AS exportValueUsd,
         count(shipment.chplTier) AS chplExportsToRussia,
         sum(CASE WHEN shipment.chplTier IS NOT NULL THEN shipment.valueUsd END) AS chplExportValueUsd,
         min(shipment.date) AS firstExportToRussia, collect(shipment)[..$maxEvidence] AS exports
}
RETURN id, true AS assessable, null AS note,
       chplImports > 0 AND exportsToRussia > 0 AS raised,
       {chplImports: chplImports, chplImportValueUsd: round(chplImportValueUsd, 2), firstChplImport: firstChplImport,
        exportsToRussia: exportsToRussia, exportValueUsd: round(exportValueUsd, 2),
        chplExportsToRussia: chplExportsToRussia, chplExportValueUsd: round(chplExportValueUsd, 2),
        firstExportToRussia: firstExportToRussia, destinations: $russia,
        importsShown: imports, exportsShown: exports} AS evidence,
       [x IN imports + exports WHERE x.source IS NOT NULL | x.source] AS sources
