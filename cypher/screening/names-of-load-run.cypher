// The names of the entities a load run wrote, to key them for screening. Java twin: screening.NameIndex.
MATCH (e:Entity {loadRun: $loadRunId})
RETURN e.id AS id, labels(e) AS labels, e.name AS name, coalesce(e.aliases, []) AS aliases, e.matchKeys AS keys
