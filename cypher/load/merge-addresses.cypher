UNWIND $rows AS row
MERGE (a:Address {id: row.id})
ON CREATE SET a.firstSeen = $run.at, a.firstLoadRun = $run.id
SET a.full = row.full, a.normalized = row.normalized, a.country = row.country, a.sourceUrl = row.sourceUrl,
    a.dataset = $run.dataset, a.recordId = row.recordId, a.loadRun = $run.id, a.lastSeen = $run.at
RETURN count(a) AS written
