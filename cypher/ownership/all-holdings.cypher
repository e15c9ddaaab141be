// The links that designations can flow along: every ownership and control link in force on $asOf out of a party
// that one of the $seeds owns or controls, directly or through up to 30 hops, and out of the seeds themselves. The
// first seeds are the listed parties and the records that are the same entities (SAME_AS); the records that are the
// same entities as parties reached are the seeds of the next round. Nothing outside this part of the graph can be
// designated by ownership or control. Each link comes with its element id, since rounds can reach it twice.
UNWIND $seeds AS seedId
MATCH (seed:Entity {id: seedId})
MATCH (seed)-[:OWNS|CONTROLS*0..30]->(owner:Entity)
WITH DISTINCT owner
MATCH (owner)-[r:OWNS|CONTROLS]->(owned:Entity)
WHERE (r.startDate IS NULL OR r.startDate <= $asOf) AND (r.endDate IS NULL OR r.endDate >= $asOf)
RETURN elementId(r) AS linkId, owner.id AS ownerId, owned.id AS ownedId, type(r) AS kind, r.share AS share,
       r.shareMin AS shareMin, r.shareMax AS shareMax, r.recordId AS recordId, r.dataset AS dataset,
       r.statedBy AS statedBy
