// Every registration at an address, whatever its dates: one row per REGISTERED_AT relationship, so that the rows of
// an address count its registrations as the hub guard does.
MATCH (address:Address)<-[:REGISTERED_AT]-(n:Entity)
RETURN address.id AS address, n.id AS entity
