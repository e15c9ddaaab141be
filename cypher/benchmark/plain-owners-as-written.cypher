// The owners query a new user writes first, as written: every ownership path of up to 6 hops into the company, the
// product of the shares along each path summed per owner. No label on either end, so the company is found by
// scanning every node; no dates, ranges, control, paths or sources in the answer.
MATCH p = (o)-[:OWNS*1..6]->(c {id: $id})
RETURN o.id AS owner, sum(reduce(share = 1.0, r IN relationships(p) | share * r.share / 100)) * 100 AS effectiveShare
