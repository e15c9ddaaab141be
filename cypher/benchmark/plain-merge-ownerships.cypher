// The plain load a new user writes, for comparison: owner and owned found on the constraint, the stake merged.
UNWIND $rows AS row
MATCH (owner:PlainCompany {id: row.ownerId})
MATCH (owned:PlainCompany {id: row.ownedId})
MERGE (owner)-[r:OWNS]->(owned)
SET r.share = row.share
RETURN count(*) AS written
