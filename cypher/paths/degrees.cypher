// For the hub guard: how many parties and addresses each entity in $ids is linked to, directly or through a
// shipment (each trading partner once, however many shipments, counted up to $hubDegree: enough to tell a hub).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id,
       COUNT { (n)-[:OWNS|CONTROLS|DIRECTOR_OF|FAMILY_OF|ASSOCIATE_OF|SAME_AS|REGISTERED_AT]-() }
       + size(COLLECT {
           MATCH (n)-[:EXPORTED|CONSIGNED_TO]-(s)-[:EXPORTED|CONSIGNED_TO]-(partner)
           WHERE partner <> n
           RETURN DISTINCT partner
           LIMIT $hubDegree
         }) AS degree
