UNWIND $rows AS row
MATCH (exporter:Entity {id: row.exporterId})
MATCH (consignee:Entity {id: row.consigneeId})
MERGE (s:Shipment {id: row.id})
ON CREATE SET s.firstSeen = $run.at, s.firstLoadRun = $run.id
SET s.date = row.date, s.hsCode = row.hsCode, s.hs6 = row.hs6, s.chplTier = row.chplTier, s.description = row.description,
    s.valueUsd = row.valueUsd, s.quantity = row.quantity, s.unit = row.unit,
    s.originCountry = row.originCountry, s.destinationCountry = row.destinationCountry,
    s.sourceUrl = row.sourceUrl,
    s.dataset = $run.dataset, s.recordId = row.recordId, s.loadRun = $run.id, s.lastSeen = $run.at
MERGE (exporter)-[x:EXPORTED]->(s)
ON CREATE SET x.firstSeen = $run.at, x.firstLoadRun = $run.id
SET x.dataset = $run.dataset, x.recordId = row.recordId, x.loadRun = $run.id, x.lastSeen = $run.at
MERGE (s)-[c:CONSIGNED_TO]->(consignee)
ON CREATE SET c.firstSeen = $run.at, c.firstLoadRun = $run.id
SET c.dataset = $run.dataset, c.recordId = row.recordId, c.loadRun = $run.id, c.lastSeen = $run.at
// A corrected record may name another exporter or consignee: the old link goes.
WITH s, exporter, consignee
CALL (s, exporter, consignee) {
  OPTIONAL MATCH (other)-[stale:EXPORTED]->(s) WHERE other <> exporter
  DELETE stale
  WITH s, consignee
  OPTIONAL MATCH (s)-[stale:CONSIGNED_TO]->(other) WHERE other <> consignee
  DELETE stale
}
RETURN count(s) AS written
