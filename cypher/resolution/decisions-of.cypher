// The decisions on the pairs of one record, newest first, the earlier ones kept as history.
MATCH (d:ResolutionDecision)
WHERE d.leftId = $entity OR d.rightId = $entity
RETURN d {.*} AS decision
ORDER BY d.decidedAt DESC
LIMIT $limit
