// Candidate intermediaries: parties in the intermediary countries that both receive shipments and ship to a
// consignee in a destination country. The starting set of a chain search over the whole graph.
MATCH (intermediary:Entity)
WHERE intermediary.country IN $intermediaryCountries
  AND EXISTS {
    MATCH (intermediary)-[:EXPORTED]->(:Shipment)-[:CONSIGNED_TO]->(consignee:Entity)
    WHERE consignee.country IN $destinationCountries
  }
  AND EXISTS { (intermediary)<-[:CONSIGNED_TO]-(:Shipment)<-[:EXPORTED]-(:Entity) }
RETURN intermediary.id AS id
ORDER BY id
LIMIT $maxIntermediaries
