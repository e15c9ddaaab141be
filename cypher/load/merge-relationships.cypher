// One statement per relationship type: __TYPE__ and __TARGET__ are replaced by a RelationshipType constant and the
// label it points at (code, never input), so that the MERGE expands only relationships of that type and the target
// is one index seek on its constrained id.
UNWIND $rows AS row
MATCH (from:Entity {id: row.fromId})
MATCH (to:__TARGET__ {id: row.toId})
MERGE (from)-[r:__TYPE__ {key: row.key}]->(to)
ON CREATE SET r.firstSeen = $run.at, r.firstLoadRun = $run.id
SET r.share = row.share, r.shareMin = row.shareMin, r.shareMax = row.shareMax,
    r.interestType = row.interestType, r.role = row.role, r.startDate = row.startDate, r.endDate = row.endDate,
    r.sourceUrl = row.sourceUrl, r.statedBy = row.statedBy,
    r.dataset = $run.dataset, r.recordId = row.recordId, r.loadRun = $run.id, r.lastSeen = $run.at
RETURN count(r) AS written
