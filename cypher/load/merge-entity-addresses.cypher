// The address cell of an entity row: an Address node keyed by its normalized text, and REGISTERED_AT.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MERGE (a:Address {id: row.address.id})
ON CREATE SET a.firstSeen = $run.at, a.firstLoadRun = $run.id,
    a.full = row.address.full, a.normalized = row.address.normalized, a.country = row.address.country,
    a.dataset = $run.dataset, a.recordId = row.address.recordId
SET a.loadRun = $run.id, a.lastSeen = $run.at
MERGE (e)-[r:REGISTERED_AT {key: row.key}]->(a)
ON CREATE SET r.firstSeen = $run.at, r.firstLoadRun = $run.id
SET r.dataset = $run.dataset, r.recordId = row.entityId, r.loadRun = $run.id, r.lastSeen = $run.at
RETURN count(r) AS written
