// Candidate intermediaries of one supplier: the parties in the intermediary countries it shipped to.
MATCH (supplier:Entity {id: $supplierId})-[:EXPORTED]->(:Shipment)-[:CONSIGNED_TO]->(intermediary:Entity)
WHERE intermediary <> supplier AND intermediary.country IN $intermediaryCountries
RETURN DISTINCT intermediary.id AS id
ORDER BY id
LIMIT $maxIntermediaries
