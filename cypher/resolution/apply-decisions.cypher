// The current same decisions joined again where both records are in the graph (after either source was
// reloaded): a decision outlives the records it was made on.
UNWIND $decisions AS d
MATCH (a:Entity {id: d.leftId})
MATCH (b:Entity {id: d.rightId})
MERGE (a)-[r:SAME_AS {scheme: 'decision', value: d.pair}]->(b)
ON CREATE SET r.key = 'decision:' + d.pair, r.dataset = 'resolution', r.recordId = d.id, r.actor = d.actor,
              r.note = d.note, r.decidedAt = d.decidedAt, r.firstSeen = d.decidedAt, r.lastSeen = d.decidedAt
WITH a, b
OPTIONAL MATCH (a)-[c:MAYBE_SAME]->(b)
SET c.judgement = 'same'
RETURN count(*) AS joined
