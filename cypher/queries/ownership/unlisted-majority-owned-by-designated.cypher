// name: unlisted-majority-owned-by-designated
// description: Companies that are not listed themselves but in which designated parties together hold at least
//   half directly, counting the lower bound of each declared share: candidates for blocking under the OFAC 50
//   Percent Rule and the EU's ownership presumption. Only direct stakes count here; the UK does not add up the
//   stakes of different designated persons.
// basis: OFAC, Revised Guidance on Entities Owned by Persons Whose Property and Interests in Property Are Blocked
//   (August 2014); EU best practices for restrictive measures (July 2024): holdings are aggregated.
// param: minShare float = 50 — Aggregate direct share of the designated owners, percent
// param: asOf date optional — Listings and ownership in force on this date (default: today)
// param: authorities list<string> optional — Only listings by these authorities, e.g. OFAC, EU, UK (default: any)
// max-rows: 500

WITH coalesce($asOf, date()) AS asOf
MATCH (sanction:Sanction)-[:TARGETS]->(owner:Entity)
WHERE (sanction.listedOn IS NULL OR sanction.listedOn <= asOf)
  AND (sanction.delistedOn IS NULL OR sanction.delistedOn > asOf)
  AND ($authorities IS NULL OR sanction.authority IN $authorities)
WITH asOf, owner, collect(sanction) AS listings
MATCH (owner)-[stake:OWNS]->(company:Entity)
WHERE stake.shareMin IS NOT NULL
  AND (stake.startDate IS NULL OR stake.startDate <= asOf)
  AND (stake.endDate IS NULL OR stake.endDate >= asOf)
  AND NOT EXISTS {
    MATCH (own:Sanction)-[:TARGETS]->(company)
    WHERE (own.listedOn IS NULL OR own.listedOn <= asOf) AND (own.delistedOn IS NULL OR own.delistedOn > asOf)
  }
// one owner's stake counts once, however many sources state it
WITH company, owner, listings, max(stake.shareMin) AS share, collect(stake) AS stakes
WITH company, sum(share) AS designatedShareMin,
     collect(owner.name + ' (' + toString(share) + '%)') AS owners,
     collect(owner.id) AS ownerIds,
     reduce(records = [], item IN collect(stakes + listings) | records + item) AS records
WHERE designatedShareMin >= $minShare
RETURN company.id AS companyId, company.name AS company, company.country AS country, designatedShareMin,
       owners, ownerIds, [record IN records | record.dataset + ':' + record.recordId] AS sources
ORDER BY designatedShareMin DESC, companyId
LIMIT $maxRows
