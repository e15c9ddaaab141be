// The entities that state one of these identifier values, each scheme through its own index.
CALL () {
  MATCH (e:Entity) WHERE e.inn IN $inn RETURN e
  UNION
  MATCH (e:Entity) WHERE e.ogrn IN $ogrn RETURN e
  UNION
  MATCH (e:Entity) WHERE e.bin IN $bin RETURN e
  UNION
  MATCH (e:Entity) WHERE e.lei IN $lei RETURN e
  UNION
  MATCH (e:Entity) WHERE e.registrationNumber IN $registrationNumber RETURN e
}
WITH e LIMIT $limit
RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'] AS labels, e.name AS name,
       coalesce(e.aliases, []) AS aliases, e.country AS country, e.nationality AS nationality,
       e.birthDate AS birthDate, e.incorporationDate AS incorporationDate, e.inn AS inn, e.ogrn AS ogrn,
       e.bin AS bin, e.lei AS lei, e.registrationNumber AS registrationNumber, e.imo AS imo, e.dataset AS dataset,
       EXISTS { (:Sanction)-[:TARGETS]->(e) } AS listed, 0.0 AS score
