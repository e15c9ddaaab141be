// Adds identity links between records that state the same strong identifier, lower id to higher id, one per
// scheme and value. Only links that do not exist yet are sent: a rerun writes nothing.
UNWIND $rows AS row
MATCH (a:Entity {id: row.fromId})
MATCH (b:Entity {id: row.toId})
MERGE (a)-[r:SAME_AS {scheme: row.scheme, value: row.value}]->(b)
ON CREATE SET r.key = row.scheme + ':' + row.value + ':' + row.fromId + ':' + row.toId,
              r.dataset = 'identity', r.recordId = row.scheme + ':' + row.value,
              r.loadRun = $run.id, r.firstLoadRun = $run.id, r.firstSeen = $run.at, r.lastSeen = $run.at
RETURN count(r) AS linked
