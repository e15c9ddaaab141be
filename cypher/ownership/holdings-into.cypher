// One level upstream: who owns or controls these entities on $asOf (start on or before, end on or after).
UNWIND $ids AS id
MATCH (owned:Entity {id: id})<-[r:OWNS|CONTROLS]-(owner:Entity)
WHERE (r.startDate IS NULL OR r.startDate <= $asOf) AND (r.endDate IS NULL OR r.endDate >= $asOf)
RETURN owner.id AS ownerId, owned.id AS ownedId, type(r) AS kind, r.share AS share, r.shareMin AS shareMin,
       r.shareMax AS shareMax, r.interestType AS interestType, r.startDate AS startDate, r.endDate AS endDate,
       r {.dataset, .recordId, .loadRun, .sourceUrl, .firstSeen, .lastSeen} AS source,
       owner {.id, .name, .country, labels: labels(owner)} AS party
LIMIT $maxRows
