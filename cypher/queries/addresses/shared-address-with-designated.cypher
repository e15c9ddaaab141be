// name: shared-address-with-designated
// description: Companies registered at an address that a designated party also uses, with the listings in force
//   on the given date. A firm at a designated party's address may be its front, nominee or successor.
// basis: FinCEN/BIS joint alerts (June 2022, May 2023): an address shared with a sanctioned party, or with many
//   firms, is a red flag for sanctions and export-control evasion.
// param: asOf date optional — Listings and registrations in force on this date (default: today)
// param: authorities list<string> optional — Only listings by these authorities, e.g. OFAC, EU, UK (default: any)
// param: countries list<country> optional — Only addresses in these countries, ISO-3166 alpha-2 (default: any)
// max-rows: 500

WITH coalesce($asOf, date()) AS asOf
MATCH (sanction:Sanction)-[:TARGETS]->(designated:Entity)-[registered:REGISTERED_AT]->(address:Address)
WHERE (sanction.listedOn IS NULL OR sanction.listedOn <= asOf)
  AND (sanction.delistedOn IS NULL OR sanction.delistedOn > asOf)
  AND ($authorities IS NULL OR sanction.authority IN $authorities)
  AND ($countries IS NULL OR address.country IN $countries)
  AND (registered.startDate IS NULL OR registered.startDate <= asOf)
  AND (registered.endDate IS NULL OR registered.endDate >= asOf)
MATCH (company:Company)-[shared:REGISTERED_AT]->(address)
WHERE company <> designated
  AND (shared.startDate IS NULL OR shared.startDate <= asOf)
  AND (shared.endDate IS NULL OR shared.endDate >= asOf)
WITH asOf, company, shared, address,
     collect(DISTINCT designated) AS parties, collect(DISTINCT sanction) AS sanctions,
     collect(DISTINCT designated.name + ': ' + sanction.authority + ' ' + sanction.program) AS listings,
     collect(DISTINCT registered) AS registrations
RETURN company.id AS companyId, company.name AS company, company.country AS country,
       company.incorporationDate AS incorporated, address.full AS address,
       [party IN parties | party.id] AS designatedIds, [party IN parties | party.name] AS designated,
       listings,
       EXISTS {
         MATCH (own:Sanction)-[:TARGETS]->(company)
         WHERE (own.listedOn IS NULL OR own.listedOn <= asOf) AND (own.delistedOn IS NULL OR own.delistedOn > asOf)
       } AS companyListed,
       [record IN [shared] + registrations + sanctions | record.dataset + ':' + record.recordId] AS sources
ORDER BY address, companyId
LIMIT $maxRows
