UNWIND $rows AS row
MATCH (from:Entity {id: row.fromId})
CALL (row) {
  OPTIONAL MATCH (entity:Entity {id: row.toId})
  OPTIONAL MATCH (address:Address {id: row.toId})
  RETURN coalesce(entity, address) AS to
}
WITH row, from, to WHERE to IS NOT NULL
MERGE (from)-[r:$(row.type) {key: row.key}]->(to)
ON CREATE SET r.firstSeen = $run.at, r.firstLoadRun = $run.id
SET r.share = row.share, r.shareMin = row.shareMin, r.shareMax = row.shareMax,
    r.interestType = row.interestType, r.role = row.role, r.startDate = row.startDate, r.endDate = row.endDate,
    r.sourceUrl = row.sourceUrl,
    r.dataset = $run.dataset, r.recordId = row.recordId, r.loadRun = $run.id, r.lastSeen = $run.at
RETURN count(r) AS written
