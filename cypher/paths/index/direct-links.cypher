// Every direct link an exposure search can follow, whatever its dates (the index is a lower bound for any date),
// with its type and dates, so that the in-memory copy of the links can answer for one date as reach.cypher does.
MATCH (a:Entity)-[r:OWNS|CONTROLS|DIRECTOR_OF|FAMILY_OF|ASSOCIATE_OF|SAME_AS]->(b:Entity)
WHERE a <> b
RETURN a.id AS a, b.id AS b, type(r) AS type, r.startDate AS startDate, r.endDate AS endDate
