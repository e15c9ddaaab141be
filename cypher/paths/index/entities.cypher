// Every entity with the counts the exposure index holds for it (null: none within the index's cap).
MATCH (n:Entity)
RETURN n.id AS id, n.hopsToDesignated AS hops, n.hopsToListed AS listedHops
