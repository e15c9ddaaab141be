// One level downstream: what these entities own or control on $asOf.
UNWIND $ids AS id
MATCH (owner:Entity {id: id})-[r:OWNS|CONTROLS]->(owned:Entity)
WHERE (r.startDate IS NULL OR r.startDate <= $asOf) AND (r.endDate IS NULL OR r.endDate >= $asOf)
RETURN owner.id AS ownerId, owned.id AS ownedId, type(r) AS kind, r.share AS share, r.shareMin AS shareMin,
       r.shareMax AS shareMax, r.interestType AS interestType, r.startDate AS startDate, r.endDate AS endDate,
       r {.dataset, .recordId, .loadRun, .sourceUrl, .firstSeen, .lastSeen} AS source,
       owned {.id, .name, .country, labels: labels(owned)} AS party
LIMIT $maxRows
