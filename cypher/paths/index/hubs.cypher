// The entities the hub guard does not go through: linked to $hubDegree parties and addresses or more, by the same
// measure as paths/degrees.cypher; with that degree and their names (a search reports the hubs it skipped).
MATCH (n:Entity)
WITH n,
     COUNT { (n)-[:OWNS|CONTROLS|DIRECTOR_OF|FAMILY_OF|ASSOCIATE_OF|SAME_AS|REGISTERED_AT]-() }
     + size(COLLECT {
         MATCH (n)-[:EXPORTED|CONSIGNED_TO]-(s)-[:EXPORTED|CONSIGNED_TO]-(partner)
         WHERE partner <> n
         RETURN DISTINCT partner
         LIMIT $hubDegree
       }) AS degree
WHERE degree >= $hubDegree
RETURN n.id AS id, degree, n.name AS name
