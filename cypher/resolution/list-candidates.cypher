// Suggested pairs not yet decided same or different, best first; unsure ones stay, marked.
MATCH (a:Entity)-[c:MAYBE_SAME]->(b:Entity)
WHERE c.score >= $minScore
  AND ($dataset IS NULL OR a.dataset = $dataset OR b.dataset = $dataset)
  AND ($entity IS NULL OR a.id = $entity OR b.id = $entity)
  AND coalesce(c.judgement, 'none') IN ['none', 'unsure']
RETURN a {.id, .name, .country, .dataset, labels: [l IN labels(a) WHERE l <> 'Entity']} AS left,
       b {.id, .name, .country, .dataset, labels: [l IN labels(b) WHERE l <> 'Entity']} AS right,
       c.score AS score, c.features AS features, c.judgement AS judgement
ORDER BY score DESC, left.id, right.id
SKIP $offset LIMIT $limit
