// A Sanction node is the listing itself (FollowTheMoney's Sanction): authority, program, dates.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MERGE (s:Sanction {id: row.id})
ON CREATE SET s.firstSeen = $run.at, s.firstLoadRun = $run.id
SET s.authority = row.authority, s.program = row.program, s.listedOn = row.listedOn,
    s.delistedOn = row.delistedOn, s.reason = row.reason, s.sourceUrl = row.sourceUrl,
    s.dataset = $run.dataset, s.recordId = row.recordId, s.loadRun = $run.id, s.lastSeen = $run.at
MERGE (s)-[t:TARGETS]->(e)
ON CREATE SET t.firstSeen = $run.at, t.firstLoadRun = $run.id
SET t.dataset = $run.dataset, t.recordId = row.recordId, t.loadRun = $run.id, t.lastSeen = $run.at
RETURN count(s) AS written
