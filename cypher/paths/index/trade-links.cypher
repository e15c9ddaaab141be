// Every exporter and consignee of a shipment, whatever its date: one row per shipment, with its date.
MATCH (a:Entity)-[:EXPORTED]->(s:Shipment)-[:CONSIGNED_TO]->(b:Entity)
WHERE a <> b
RETURN a.id AS a, b.id AS b, s.date AS date
