// name: chains-through-holding-jurisdictions
// description: Ownership chains that run from a designated party through at least one holding company in Cyprus,
//   the UAE or the British Virgin Islands (or other jurisdictions given) down to a company: each chain with the
//   lower bound of the declared share at every link and the share it gives the designated party by look-through.
// basis: FinCEN alert (March 2022) and the EU best practices (July 2024): corporate vehicles in holding
//   jurisdictions that obscure ownership by designated persons; OFAC 50 Percent Rule guidance (August 2014).
// param: holdingCountries list<country> = [CY, AE, VG] — Jurisdictions the chain must pass through, ISO-3166 alpha-2
// param: maxLinks int = 6 — Longest chain, in ownership links (6 at most)
// param: asOf date optional — Listings and ownership in force on this date (default: today)
// param: authorities list<string> optional — Only listings by these authorities, e.g. OFAC, EU, UK (default: any)
// max-rows: 500

WITH coalesce($asOf, date()) AS asOf
MATCH (sanction:Sanction)-[:TARGETS]->(owner:Entity)
WHERE (sanction.listedOn IS NULL OR sanction.listedOn <= asOf)
  AND (sanction.delistedOn IS NULL OR sanction.delistedOn > asOf)
  AND ($authorities IS NULL OR sanction.authority IN $authorities)
WITH asOf, owner, collect(sanction) AS listings
MATCH chain = (owner)-[:OWNS*2..6]->(company:Entity)
WHERE length(chain) <= $maxLinks
  AND all(link IN relationships(chain) WHERE (link.startDate IS NULL OR link.startDate <= asOf)
                                         AND (link.endDate IS NULL OR link.endDate >= asOf))
  AND any(holding IN nodes(chain)[1..-1] WHERE holding.country IN $holdingCountries)
  AND NOT company = owner
RETURN company.id AS companyId, company.name AS company, company.country AS country,
       owner.id AS designatedId, owner.name AS designated,
       [listing IN listings | listing.authority + ' ' + listing.program] AS listings,
       length(chain) AS links,
       [node IN nodes(chain) | node.name + ' (' + coalesce(node.country, '?') + ')'] AS chain,
       [link IN relationships(chain) | link.shareMin] AS sharesMin,
       reduce(share = 100.0, link IN relationships(chain) | share * link.shareMin / 100.0) AS lookThroughShareMin,
       [record IN relationships(chain) + listings | record.dataset + ':' + record.recordId] AS sources
ORDER BY designatedId, companyId, links
LIMIT $maxRows
