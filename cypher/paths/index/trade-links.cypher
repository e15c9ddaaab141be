// Every exporter and consignee of a shipment, whatever its date: one row per shipment.
MATCH (a:Entity)-[:EXPORTED]->(:Shipment)-[:CONSIGNED_TO]->(b:Entity)
WHERE a <> b
RETURN a.id AS a, b.id AS b
