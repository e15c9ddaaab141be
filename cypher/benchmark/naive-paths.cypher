// Paths between two entities as an analyst would first write them: the built-in k-shortest search over every
// relationship in both directions, up to 6 relationships, with no date, link-type or hub filter (a shipment or an
// address in the middle counts as two relationships).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 3 (a)-[]-{1,6}(b)
RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types
