MATCH (a:Entity)-[c:MAYBE_SAME]->(b:Entity)
WHERE c.score >= $minScore
  AND ($dataset IS NULL OR a.dataset = $dataset OR b.dataset = $dataset)
  AND ($entity IS NULL OR a.id = $entity OR b.id = $entity)
  AND coalesce(c.judgement, 'none') IN ['none', 'unsure']
RETURN count(c) AS total
