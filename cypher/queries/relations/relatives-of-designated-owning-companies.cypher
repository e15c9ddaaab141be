// name: relatives-of-designated-owning-companies
// description: Family members and associates of designated persons who own companies (a stake in force on the
//   date): a common way to keep assets out of a listed person's name.
// basis: EU best practices for restrictive measures (July 2024) on front persons and nominees; OFAC guidance
//   urging caution where blocked persons act through others.
// param: relations list<string> = [FAMILY_OF, ASSOCIATE_OF] — Kinds of relation to follow
// param: minShare float = 0 — Only stakes of at least this share (lower bound of the declared share), percent
// param: asOf date optional — Listings, relations and stakes in force on this date (default: today)
// param: authorities list<string> optional — Only listings by these authorities, e.g. OFAC, EU, UK (default: any)
// max-rows: 500

WITH coalesce($asOf, date()) AS asOf
MATCH (sanction:Sanction)-[:TARGETS]->(designated:Person)
WHERE (sanction.listedOn IS NULL OR sanction.listedOn <= asOf)
  AND (sanction.delistedOn IS NULL OR sanction.delistedOn > asOf)
  AND ($authorities IS NULL OR sanction.authority IN $authorities)
WITH asOf, designated, collect(sanction) AS listings
MATCH (designated)-[relation:FAMILY_OF|ASSOCIATE_OF]-(relative:Person)
WHERE type(relation) IN $relations
  AND (relation.startDate IS NULL OR relation.startDate <= asOf)
  AND (relation.endDate IS NULL OR relation.endDate >= asOf)
MATCH (relative)-[stake:OWNS]->(company:Entity)
WHERE coalesce(stake.shareMin, 0) >= $minShare
  AND (stake.startDate IS NULL OR stake.startDate <= asOf)
  AND (stake.endDate IS NULL OR stake.endDate >= asOf)
RETURN relative.id AS relativeId, relative.name AS relative, type(relation) AS relation, relation.role AS role,
       designated.id AS designatedId, designated.name AS designated,
       [listing IN listings | listing.authority + ' ' + listing.program] AS listings,
       company.id AS companyId, company.name AS company, company.country AS country,
       stake.shareMin AS shareMin, stake.shareMax AS shareMax,
       EXISTS { MATCH (:Sanction)-[:TARGETS]->(relative) } AS relativeListed,
       [record IN [relation, stake] + listings | record.dataset + ':' + record.recordId] AS sources
ORDER BY designatedId, relativeId, companyId
LIMIT $maxRows
