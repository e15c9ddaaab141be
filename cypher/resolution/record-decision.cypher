// An analyst's decision on a pair, keyed by the records' source ids: the earlier decision on the pair is kept as
// history, the new one is current; the pair's suggestion is marked with it, and a same decision joins the two
// records (SAME_AS, scheme 'decision'), a different or unsure one unjoins them.
MATCH (a:Entity {id: $leftId})
MATCH (b:Entity {id: $rightId})
OPTIONAL MATCH (earlier:ResolutionDecision {pair: $pair, current: true})
SET earlier.current = false
WITH DISTINCT a, b
CREATE (d:ResolutionDecision {id: $id, pair: $pair, leftId: $leftId, rightId: $rightId,
        leftDataset: a.dataset, rightDataset: b.dataset, judgement: $judgement, note: $note, actor: $actor,
        decidedAt: $at, current: true})
WITH a, b, d
OPTIONAL MATCH (a)-[c:MAYBE_SAME]->(b)
SET c.judgement = $judgement
WITH DISTINCT a, b, d
FOREACH (_ IN CASE WHEN d.judgement = 'same' THEN [1] ELSE [] END |
  MERGE (a)-[r:SAME_AS {scheme: 'decision', value: d.pair}]->(b)
  SET r.key = 'decision:' + d.pair, r.dataset = 'resolution', r.recordId = d.id, r.actor = d.actor,
      r.note = d.note, r.decidedAt = d.decidedAt, r.firstSeen = coalesce(r.firstSeen, d.decidedAt),
      r.lastSeen = d.decidedAt)
WITH a, b, d
OPTIONAL MATCH (a)-[r:SAME_AS {scheme: 'decision'}]->(b)
WHERE d.judgement <> 'same'
DELETE r
WITH DISTINCT d
RETURN d {.*} AS decision
