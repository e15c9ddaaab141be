MATCH (a:AuditEntry)
WHERE a.at >= $from AND a.at < $to
  AND ($actor IS NULL OR a.actor = $actor)
  AND ($action IS NULL OR a.action = $action)
  AND ($entity IS NULL OR $entity IN a.entityIds)
WITH a
ORDER BY a.at DESC, a.id
SKIP $offset
LIMIT $limit
RETURN a.id AS id, toString(a.at) AS at, a.actor AS actor, a.via AS via, a.address AS address, a.action AS action,
       a.method AS method, a.path AS path, coalesce(a.entityIds, []) AS entityIds, a.target AS target,
       a.parameters AS parameters, a.status AS status, a.durationMs AS durationMs
