// The records a load run wrote, with what the matcher compares and their name keys. Java twin: resolution.Resolver.
MATCH (e:Entity {loadRun: $loadRunId})
WHERE e.matchKeys IS NOT NULL AND e.matchKeys <> ''
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'] AS labels, e.name AS name,
       coalesce(e.aliases, []) AS aliases, e.country AS country, e.nationality AS nationality,
       e.birthDate AS birthDate, e.inn AS inn, e.ogrn AS ogrn, e.bin AS bin, e.lei AS lei,
       e.registrationNumber AS registrationNumber, e.dataset AS dataset, e.matchKeys AS keys
