// The same owners query with the labels that let Neo4j seek the company by its id constraint instead of scanning
// every node: the fastest plain form of the question (still no dates, ranges, control, paths or sources).
MATCH p = (o:Entity)-[:OWNS*1..6]->(c:Entity {id: $id})
RETURN o.id AS owner, sum(reduce(share = 1.0, r IN relationships(p) | share * r.share / 100)) * 100 AS effectiveShare
