// The two trade legs of each chain through the given intermediaries: the shipments a supplier sent to the
// intermediary (inbound) and those the intermediary sent on to a consignee in a destination country (outbound),
// both within the filters; an outbound shipment belongs to the chain when the supplier had sent goods of the same
// HS-6 to the intermediary on or before its date. Also the supplier's direct shipments to the same consignee before
// its first inbound shipment (re-routing evidence).
UNWIND $intermediaryIds AS intermediaryId
MATCH (intermediary:Entity {id: intermediaryId})
MATCH (intermediary)-[:EXPORTED]->(outbound:Shipment)-[:CONSIGNED_TO]->(consignee:Entity)
WHERE consignee <> intermediary AND consignee.country IN $destinationCountries
  AND ($from IS NULL OR outbound.date >= $from) AND ($to IS NULL OR outbound.date <= $to)
  AND ($hsPrefixes IS NULL OR any(prefix IN $hsPrefixes WHERE outbound.hsCode STARTS WITH prefix))
  AND ($tiers IS NULL OR outbound.chplTier IN $tiers)
WITH intermediary, consignee, collect(outbound) AS outbounds
MATCH (supplier:Entity)-[:EXPORTED]->(inbound:Shipment)-[:CONSIGNED_TO]->(intermediary)
WHERE supplier <> intermediary AND supplier <> consignee
  AND ($supplierId IS NULL OR supplier.id = $supplierId)
  AND ($from IS NULL OR inbound.date >= $from) AND ($to IS NULL OR inbound.date <= $to)
  AND ($hsPrefixes IS NULL OR any(prefix IN $hsPrefixes WHERE inbound.hsCode STARTS WITH prefix))
  AND ($tiers IS NULL OR inbound.chplTier IN $tiers)
WITH intermediary, consignee, outbounds, supplier, collect(inbound) AS inbounds
WITH intermediary, consignee, supplier, inbounds, outbounds,
     reduce(first = null, s IN inbounds | CASE WHEN first IS NULL OR s.date < first THEN s.date ELSE first END)
       AS firstInbound
WITH intermediary, consignee, supplier, inbounds, firstInbound,
     [s IN outbounds WHERE any(i IN inbounds WHERE i.hs6 = s.hs6 AND i.date <= s.date)] AS following
WHERE size(following) > 0
WITH intermediary, consignee, supplier, inbounds, following,
     [(supplier)-[:EXPORTED]->(direct:Shipment)-[:CONSIGNED_TO]->(consignee) WHERE direct.date < firstInbound
       | direct] AS direct
LIMIT $maxChains
RETURN supplier {.id, .name, .country, .incorporationDate, .dataset, .recordId, .sourceUrl} AS supplier,
       intermediary {.id, .name, .country, .incorporationDate, .dataset, .recordId, .sourceUrl} AS intermediary,
       consignee {.id, .name, .country, .incorporationDate, .dataset, .recordId, .sourceUrl} AS consignee,
       [s IN inbounds | s {.id, .date, .hsCode, .hs6, .chplTier, .valueUsd, .description, .dataset, .recordId,
         .sourceUrl}] AS inbound,
       [s IN following | s {.id, .date, .hsCode, .hs6, .chplTier, .valueUsd, .description, .dataset, .recordId,
         .sourceUrl}] AS outbound,
       [s IN direct | s {.id, .date, .hsCode, .hs6, .chplTier, .valueUsd, .description, .dataset, .recordId,
         .sourceUrl}] AS direct
