// name: new-third-country-firms-with-russian-owners
// description: Companies in third countries that serve as transshipment points, incorporated on or after 24
//   February 2022, with a Russian or Belarusian owner, directly or through up to three ownership links: the
//   new cut-outs set up for Russian buyers.
// basis: FinCEN/BIS joint alerts (June 2022, May 2023) and the Treasury readout of April 2023: new companies and
//   middlemen in third countries used as cut-outs; the countries are the alerts' transshipment points.
// param: countries list<country> = [AM, BR, CN, GE, IN, IL, KZ, KG, MX, NI, RS, SG, ZA, TW, TJ, TR, AE, UZ,
//   HK, MO] — Countries the company is registered in
// param: incorporatedSince date = 2022-02-24 — Incorporated on or after this date
// param: ownerCountries list<country> = [RU, BY] — Countries (or, for persons, nationalities) of the owners sought
// param: asOf date optional — Ownership in force on this date (default: today)
// max-rows: 500

WITH coalesce($asOf, date()) AS asOf
MATCH (company:Entity)
WHERE company.country IN $countries AND company.incorporationDate >= $incorporatedSince
MATCH chain = (owner:Entity)-[:OWNS*1..3]->(company)
WHERE (owner.country IN $ownerCountries OR owner.nationality IN $ownerCountries)
  AND all(link IN relationships(chain) WHERE (link.startDate IS NULL OR link.startDate <= asOf)
                                         AND (link.endDate IS NULL OR link.endDate >= asOf))
WITH company, owner, chain
ORDER BY length(chain)
WITH company, owner, collect(chain)[0] AS chain
RETURN company.id AS companyId, company.name AS company, company.country AS country,
       company.incorporationDate AS incorporated, owner.id AS ownerId, owner.name AS owner,
       coalesce(owner.country, owner.nationality) AS ownerCountry, length(chain) AS links,
       [node IN nodes(chain) | node.name + ' (' + coalesce(node.country, '?') + ')'] AS chain,
       [link IN relationships(chain) | link.shareMin] AS sharesMin,
       [link IN relationships(chain) | link.dataset + ':' + link.recordId] AS sources
ORDER BY incorporated DESC, companyId, links
LIMIT $maxRows
