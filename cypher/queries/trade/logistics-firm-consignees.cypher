// name: logistics-firm-consignees
// description: Shipments consigned to a firm whose name or aliases mark it as a freight forwarder, logistics,
//   cargo or courier company: the goods' real end user is then someone else. The words are matched anywhere in
//   the name, in any case, in Latin or Cyrillic script.
// basis: FinCEN/BIS joint alert (June 2022): a freight forwarder or mail centre named as the consignee or final
//   destination is a red flag for export-control evasion.
// param: keywords list<string> = [logisti, freight, forward, cargo, courier, shipping, transit, логист,
//   экспедир, карго, курьер, транзит] — Parts of words that mark a logistics firm
// param: from date optional — Only shipments on or after this date (default: any)
// param: to date optional — Only shipments on or before this date (default: any)
// param: destinations list<country> optional — Only shipments to these countries, ISO-3166 alpha-2 (default: any)
// param: hs6Codes list<string> optional — Only these HS-6 codes (default: any)
// max-rows: 1000

MATCH (consignee:Entity)
WITH consignee, [keyword IN $keywords WHERE any(name IN [consignee.name] + coalesce(consignee.aliases, [])
                   WHERE toLower(name) CONTAINS toLower(keyword))] AS matched
WHERE size(matched) > 0
MATCH (exporter:Entity)-[:EXPORTED]->(shipment:Shipment)-[:CONSIGNED_TO]->(consignee)
WHERE ($from IS NULL OR shipment.date >= $from)
  AND ($to IS NULL OR shipment.date <= $to)
  AND ($destinations IS NULL OR coalesce(shipment.destinationCountry, consignee.country) IN $destinations)
  AND ($hs6Codes IS NULL OR shipment.hs6 IN $hs6Codes)
RETURN shipment.id AS shipmentId, shipment.date AS date, shipment.hsCode AS hsCode, shipment.description AS goods,
       shipment.valueUsd AS valueUsd, exporter.id AS exporterId, exporter.name AS exporter,
       consignee.id AS consigneeId, consignee.name AS consignee,
       coalesce(shipment.destinationCountry, consignee.country) AS destination, matched AS matchedWords,
       [shipment.dataset + ':' + shipment.recordId] AS sources
ORDER BY date DESC, shipmentId
LIMIT $maxRows
