// The entities whose name keys share most with a query's, best first, with what the matcher compares.
CALL db.index.fulltext.queryNodes('entity_match_keys', $query, {limit: $limit}) YIELD node, score
WITH node AS e, score
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'] AS labels, e.name AS name,
       coalesce(e.aliases, []) AS aliases, e.country AS country, e.nationality AS nationality,
       e.birthDate AS birthDate, e.incorporationDate AS incorporationDate, e.inn AS inn, e.ogrn AS ogrn,
       e.bin AS bin, e.lei AS lei, e.registrationNumber AS registrationNumber, e.imo AS imo, e.dataset AS dataset,
       EXISTS { (:Sanction)-[:TARGETS]->(e) } AS listed, score
