// The variable-length query an analyst would write for effective owners: every path, product of shares.
MATCH path = (owner:Entity)-[:OWNS*1..10]->(:Entity {id: $id})
WHERE all(r IN relationships(path) WHERE (r.startDate IS NULL OR r.startDate <= $asOf)
                                      AND (r.endDate IS NULL OR r.endDate >= $asOf))
WITH owner, reduce(share = 1.0, r IN relationships(path) | share * coalesce(r.share, 0) / 100) AS pathShare
RETURN owner.id AS owner, sum(pathShare) * 100 AS effectiveShare
ORDER BY effectiveShare DESC
