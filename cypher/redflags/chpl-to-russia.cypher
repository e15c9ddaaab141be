// Red flag: the entity imports goods on the Common High Priority List (shipments with a chplTier consigned to it)
// and ships to Russia or Belarus ($russia: the shipment's destination, else the consignee's country).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (supplier:Entity)-[:EXPORTED]->(s:Shipment)-[:CONSIGNED_TO]->(e)
  WHERE s.chplTier IS NOT NULL AND s.date <= $asOf
  WITH supplier, s ORDER BY s.date DESC, s.id
  RETURN count(s) AS chplImports, sum(s.valueUsd) AS chplImportValueUsd,
         min(s.date) AS firstChplImport,
         collect(CASE WHEN s IS NOT NULL THEN s {.id, .date, .hsCode, .hs6, .chplTier, .description, .valueUsd,
                 .originCountry, .destinationCountry, counterparty: supplier {.id, .name, .country},
                 source: s.dataset + ':' + s.recordId} END)[..$maxEvidence] AS imports
}
CALL (e) {
  OPTIONAL MATCH (e)-[:EXPORTED]->(s:Shipment)-[:CONSIGNED_TO]->(consignee:Entity)
  WHERE coalesce(s.destinationCountry, consignee.country) IN $russia AND s.date <= $asOf
  WITH consignee, s ORDER BY s.chplTier IS NULL, s.date DESC, s.id
  RETURN count(s) AS exportsToRussia, sum(s.valueUsd) AS exportValueUsd,
         count(s.chplTier) AS chplExportsToRussia,
         sum(CASE WHEN s.chplTier IS NOT NULL THEN s.valueUsd END) AS chplExportValueUsd,
         min(s.date) AS firstExportToRussia,
         collect(CASE WHEN s IS NOT NULL THEN s {.id, .date, .hsCode, .hs6, .chplTier, .description, .valueUsd,
                 .originCountry, destinationCountry: coalesce(s.destinationCountry, consignee.country),
                 counterparty: consignee {.id, .name, .country},
                 source: s.dataset + ':' + s.recordId} END)[..$maxEvidence] AS exports
}
RETURN id, true AS assessable, null AS note,
       chplImports > 0 AND exportsToRussia > 0 AS raised,
       {chplImports: chplImports, chplImportValueUsd: round(chplImportValueUsd, 2), firstChplImport: firstChplImport,
        exportsToRussia: exportsToRussia, exportValueUsd: round(exportValueUsd, 2),
        chplExportsToRussia: chplExportsToRussia, chplExportValueUsd: round(chplExportValueUsd, 2),
        firstExportToRussia: firstExportToRussia, destinations: $russia,
        importsShown: imports, exportsShown: exports} AS evidence,
       [x IN imports + exports WHERE x.source IS NOT NULL | x.source] AS sources
