// For the hub guard: how many parties and addresses each entity in $ids is linked to, directly or through a
// shipment (each trading partner once, however many shipments).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id,
       COUNT { (n)-[:OWNS|CONTROLS|DIRECTOR_OF|FAMILY_OF|ASSOCIATE_OF|SAME_AS|REGISTERED_AT]-() }
       + COUNT {
           MATCH (n)-[:EXPORTED|CONSIGNED_TO]-(:Shipment)-[:EXPORTED|CONSIGNED_TO]-(partner:Entity)
           WHERE partner <> n
           RETURN DISTINCT partner
         } AS degree
