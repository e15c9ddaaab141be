MATCH (s:Sanction)-[:TARGETS]->(e:Entity)
WHERE s.authority IN $authorities
  AND (s.listedOn IS NULL OR s.listedOn <= $asOf) AND (s.delistedOn IS NULL OR s.delistedOn > $asOf)
RETURN e.id AS id, s.id AS sanctionId, s.authority AS authority, s.program AS program, s.listedOn AS listedOn,
       s.delistedOn AS delistedOn
