// A decision carried from another store: kept as it was made (who, when, why); the latest on a pair is current.
MERGE (d:ResolutionDecision {id: $decision.id})
SET d += $decision
WITH d
MATCH (other:ResolutionDecision {pair: d.pair, current: true}) WHERE other.id <> d.id
WITH d, other ORDER BY other.decidedAt
WITH d, collect(other) AS others
WITH d, others, [o IN others WHERE o.decidedAt > d.decidedAt] AS newer
SET d.current = size(newer) = 0
FOREACH (o IN CASE WHEN size(newer) = 0 THEN others ELSE [] END | SET o.current = false)
RETURN d.current AS current
