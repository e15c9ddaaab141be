// name: controlled-by-designated
// description: Companies, not listed themselves, that a designated party controls other than by a majority
//   stake: it appoints the board, holds voting rights by agreement, or holds shares through a nominee or trustee;
//   with the stake it also holds directly, if any.
// basis: EU best practices for restrictive measures (July 2024) and UK OFSI guidance (ownership and control):
//   control, not only ownership, brings an entity under the measures; OFAC urges caution with entities that
//   blocked persons control.
// param: asOf date optional — Listings and control in force on this date (default: today)
// param: authorities list<string> optional — Only listings by these authorities, e.g. OFAC, EU, UK (default: any)
// max-rows: 500

WITH coalesce($asOf, date()) AS asOf
MATCH (sanction:Sanction)-[:TARGETS]->(controller:Entity)
WHERE (sanction.listedOn IS NULL OR sanction.listedOn <= asOf)
  AND (sanction.delistedOn IS NULL OR sanction.delistedOn > asOf)
  AND ($authorities IS NULL OR sanction.authority IN $authorities)
WITH asOf, controller, collect(sanction) AS listings
MATCH (controller)-[control:CONTROLS]->(company:Entity)
WHERE (control.startDate IS NULL OR control.startDate <= asOf)
  AND (control.endDate IS NULL OR control.endDate >= asOf)
  AND NOT EXISTS {
    MATCH (own:Sanction)-[:TARGETS]->(company)
    WHERE (own.listedOn IS NULL OR own.listedOn <= asOf) AND (own.delistedOn IS NULL OR own.delistedOn > asOf)
  }
OPTIONAL MATCH (controller)-[stake:OWNS]->(company)
WHERE (stake.startDate IS NULL OR stake.startDate <= asOf) AND (stake.endDate IS NULL OR stake.endDate >= asOf)
WITH company, controller, control, listings, max(stake.shareMin) AS directShareMin, collect(stake) AS stakes
RETURN company.id AS companyId, company.name AS company, company.country AS country,
       controller.id AS designatedId, controller.name AS designated,
       [listing IN listings | listing.authority + ' ' + listing.program] AS listings,
       control.interestType AS control, control.role AS role, directShareMin,
       [record IN [control] + stakes + listings | record.dataset + ':' + record.recordId] AS sources
ORDER BY companyId, designatedId
LIMIT $maxRows
