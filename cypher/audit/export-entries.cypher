MATCH (a:AuditEntry)
WHERE a.at >= $from AND a.at < $to
WITH a
ORDER BY a.at, a.id
SKIP $offset
LIMIT $limit
RETURN a.id AS id, toString(a.at) AS at, a.actor AS actor, a.via AS via, a.address AS address, a.action AS action,
       a.method AS method, a.path AS path, coalesce(a.entityIds, []) AS entityIds, a.target AS target,
       a.parameters AS parameters, a.status AS status, a.durationMs AS durationMs
