// The links that designations can flow along: every ownership and control link in force on $asOf out of a party
// that a listed party (of $authorities) owns or controls, directly or through up to 30 hops, and out of the listed
// parties themselves. The reach crosses identity links (SAME_AS, either way): a record that is the same entity as a
// listed or reached one is reached too. Nothing outside this part of the graph can be designated by ownership or
// control.
MATCH (s:Sanction)-[:TARGETS]->(listed:Entity)
WHERE s.authority IN $authorities
  AND (s.listedOn IS NULL OR s.listedOn <= $asOf) AND (s.delistedOn IS NULL OR s.delistedOn > $asOf)
WITH DISTINCT listed
MATCH ANY (listed) ((high:Entity)-[link:OWNS|CONTROLS|SAME_AS]-(low:Entity)
                    WHERE link:SAME_AS OR startNode(link) = high){0,30} (owner:Entity)
WITH DISTINCT owner
MATCH (owner)-[r:OWNS|CONTROLS]->(owned:Entity)
WHERE (r.startDate IS NULL OR r.startDate <= $asOf) AND (r.endDate IS NULL OR r.endDate >= $asOf)
RETURN owner.id AS ownerId, owned.id AS ownedId, type(r) AS kind, r.share AS share, r.shareMin AS shareMin,
       r.shareMax AS shareMax, r.recordId AS recordId, r.dataset AS dataset
