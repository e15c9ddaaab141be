// Sanctions of the regime's authorities in force on $asOf (listed on or before, not delisted by then).
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:TARGETS]-(s:Sanction)
WHERE s.authority IN $authorities
  AND (s.listedOn IS NULL OR s.listedOn <= $asOf) AND (s.delistedOn IS NULL OR s.delistedOn > $asOf)
RETURN id, s.id AS sanctionId, s.authority AS authority, s.program AS program, s.listedOn AS listedOn,
       s.delistedOn AS delistedOn, s {.dataset, .recordId, .loadRun, .sourceUrl} AS source
