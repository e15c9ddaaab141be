// Marks listed and derived parties of one regime so that other queries find them cheaply:
// (:Designation)-[:DESIGNATES]->(:Entity), with the evidence of the computation.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
CREATE (d:Designation {id: $regime + ':' + row.entityId, regime: $regime, basis: row.basis,
        possibly: row.possibly, asOf: $asOf, computedAt: $computedAt,
        aggregateShareMin: row.aggregateShareMin, aggregateShareMax: row.aggregateShareMax,
        sanctions: row.sanctions, contributors: row.contributors, contributorShares: row.contributorShares,
        contributorRecords: row.contributorRecords})-[:DESIGNATES]->(e)
RETURN count(d) AS written
