// Every registration at an address, whatever its dates: one row per REGISTERED_AT relationship, so that the rows of
// an address count its registrations as the hub guard does; with its dates, and the address's text (reported when
// the address is a hub).
MATCH (address:Address)<-[r:REGISTERED_AT]-(n:Entity)
RETURN address.id AS address, address.full AS full, n.id AS entity, r.startDate AS startDate, r.endDate AS endDate
