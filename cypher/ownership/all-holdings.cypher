// Every ownership and control link in force on $asOf, for the whole-graph designation fixpoint.
MATCH (owner:Entity)-[r:OWNS|CONTROLS]->(owned:Entity)
WHERE (r.startDate IS NULL OR r.startDate <= $asOf) AND (r.endDate IS NULL OR r.endDate >= $asOf)
RETURN owner.id AS ownerId, owned.id AS ownedId, type(r) AS kind, r.share AS share, r.shareMin AS shareMin,
       r.shareMax AS shareMax, r.recordId AS recordId, r.dataset AS dataset
