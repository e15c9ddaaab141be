// Sets (or, with a null hop count, removes) the exposure index's hop count of each entity in $rows.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.hopsToDesignated = row.hops
RETURN count(n) AS written
