// Entities written before name keys existed (or by a load whose keying failed), a batch at a time.
MATCH (e:Entity) WHERE e.matchKeys IS NULL AND e.name IS NOT NULL
RETURN e.id AS id, labels(e) AS labels, e.name AS name, coalesce(e.aliases, []) AS aliases, null AS keys
LIMIT $limit
