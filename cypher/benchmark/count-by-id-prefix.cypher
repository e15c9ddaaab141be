// What a load wrote, by the prefix of its ids: companies, and the ownership links from them.
MATCH (e:Entity) WHERE e.id STARTS WITH $prefix
OPTIONAL MATCH (e)-[r:OWNS]->()
RETURN count(DISTINCT e) AS entities, count(r) AS relationships
