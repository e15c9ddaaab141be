// The entities that state one of the written forms of an identifier ($values), each scheme through its own index,
// with the schemes that matched.
CALL () {
  MATCH (e:Entity) WHERE e.inn IN $values RETURN e, 'inn' AS scheme
  UNION
  MATCH (e:Entity) WHERE e.ogrn IN $values RETURN e, 'ogrn' AS scheme
  UNION
  MATCH (e:Entity) WHERE e.bin IN $values RETURN e, 'bin' AS scheme
  UNION
  MATCH (e:Entity) WHERE e.lei IN $values RETURN e, 'lei' AS scheme
  UNION
  MATCH (e:Entity) WHERE e.imo IN $values RETURN e, 'imo' AS scheme
  UNION
  MATCH (e:Entity) WHERE e.registrationNumber IN $values RETURN e, 'registrationNumber' AS scheme
}
WITH e, collect(scheme) AS schemes
ORDER BY e.id
LIMIT $limit
RETURN e.id AS id, [label IN labels(e) WHERE label <> 'Entity'] AS labels, e.name AS name, e.country AS country,
       schemes, EXISTS { (:Sanction)-[:TARGETS]->(e) } AS listed
