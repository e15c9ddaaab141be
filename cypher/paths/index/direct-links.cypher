// Every direct link an exposure search can follow, whatever its dates (the index is a lower bound for any date).
MATCH (a:Entity)-[:OWNS|CONTROLS|DIRECTOR_OF|FAMILY_OF|ASSOCIATE_OF|SAME_AS]->(b:Entity)
WHERE a <> b
RETURN a.id AS a, b.id AS b
