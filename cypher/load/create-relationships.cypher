// Relationships no earlier row of this load and no relationship in the graph has the key of between the same two
// nodes (existing-relationships.cypher, in the same transaction): the properties merge-relationships.cypher gives a
// new one, without its expansion and node locks. __TYPE__ and __TARGET__ as in merge-relationships.cypher.
UNWIND $rows AS row
MATCH (from:Entity {id: row.fromId})
MATCH (to:__TARGET__ {id: row.toId})
CREATE (from)-[r:__TYPE__ {key: row.key}]->(to)
SET r.firstSeen = $run.at, r.firstLoadRun = $run.id
SET r.share = row.share, r.shareMin = row.shareMin, r.shareMax = row.shareMax,
    r.interestType = row.interestType, r.role = row.role, r.startDate = row.startDate, r.endDate = row.endDate,
    r.sourceUrl = row.sourceUrl, r.statedBy = row.statedBy,
    r.dataset = $run.dataset, r.recordId = row.recordId, r.loadRun = $run.id, r.lastSeen = $run.at
RETURN count(r) AS written
