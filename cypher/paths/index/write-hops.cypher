// Sets (or, with null counts, removes) the exposure index's counts of each entity in $rows.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.hopsToDesignated = row.hops, n.hopsToListed = row.listedHops
RETURN count(n) AS written
