// name: directors-in-third-country-and-russia
// description: People who, on the same date, are directors or managers of a company in a third country and of
//   a company in Russia or Belarus: a link through which a third-country firm can be run for a Russian one.
// basis: FinCEN/BIS joint alerts (June 2022, May 2023): shared management with Russian parties, and third-country
//   firms used as cut-outs; the third countries are the alerts' transshipment points.
// param: thirdCountries list<country> = [AM, BR, CN, GE, IN, IL, KZ, KG, MX, NI, RS, SG, ZA, TW, TJ, TR, AE, UZ,
//   HK, MO] — Countries of the third-country company
// param: russia list<country> = [RU, BY] — Countries of the other company
// param: asOf date optional — Directorships held on this date (default: today)
// max-rows: 500

WITH coalesce($asOf, date()) AS asOf
MATCH (director:Entity)-[abroad:DIRECTOR_OF]->(thirdCountryCompany:Entity)
WHERE thirdCountryCompany.country IN $thirdCountries
  AND (abroad.startDate IS NULL OR abroad.startDate <= asOf)
  AND (abroad.endDate IS NULL OR abroad.endDate >= asOf)
MATCH (director)-[home:DIRECTOR_OF]->(russianCompany:Entity)
WHERE russianCompany.country IN $russia
  AND (home.startDate IS NULL OR home.startDate <= asOf)
  AND (home.endDate IS NULL OR home.endDate >= asOf)
WITH director, collect(DISTINCT abroad) AS abroadLinks, collect(DISTINCT home) AS homeLinks,
     collect(DISTINCT thirdCountryCompany) AS thirdCountryCompanies,
     collect(DISTINCT russianCompany) AS russianCompanies
RETURN director.id AS directorId, director.name AS director, director.country AS country,
       [company IN thirdCountryCompanies | company.name + ' (' + company.country + ')'] AS thirdCountryCompanies,
       [company IN thirdCountryCompanies | company.id] AS thirdCountryCompanyIds,
       [company IN russianCompanies | company.name + ' (' + company.country + ')'] AS russianCompanies,
       [company IN russianCompanies | company.id] AS russianCompanyIds,
       [link IN abroadLinks + homeLinks | link.role] AS roles,
       [link IN abroadLinks + homeLinks | link.dataset + ':' + link.recordId] AS sources
ORDER BY directorId
LIMIT $maxRows
