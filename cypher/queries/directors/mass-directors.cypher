// name: mass-directors
// description: People who are directors of many companies at once, with how many of those companies were
//   incorporated on or after a date and at how many addresses they are registered: the pattern of nominee
//   directors who lend their names to shell companies.
// basis: FinCEN alert (March 2022) and FinCEN/BIS joint alert (June 2022): shell companies, nominees and front
//   persons that obscure who stands behind a company.
// param: minCompanies int = 5 — Report people who direct at least this many companies
// param: incorporatedSince date = 2022-02-24 — Count the companies incorporated on or after this date
// param: countries list<country> optional — Only directorships of companies in these countries (default: any)
// param: asOf date optional — Directorships held on this date (default: today)
// max-rows: 200

WITH coalesce($asOf, date()) AS asOf
MATCH (director:Person)-[board:DIRECTOR_OF]->(company:Entity)
WHERE ($countries IS NULL OR company.country IN $countries)
  AND (board.startDate IS NULL OR board.startDate <= asOf)
  AND (board.endDate IS NULL OR board.endDate >= asOf)
WITH director, collect(DISTINCT company) AS companies, collect(board) AS boards
WHERE size(companies) >= $minCompanies
CALL (companies) {
  UNWIND companies AS company
  MATCH (company)-[:REGISTERED_AT]->(address:Address)
  RETURN count(DISTINCT address) AS addresses
}
RETURN director.id AS directorId, director.name AS director, director.country AS country,
       size(companies) AS companies,
       size([company IN companies WHERE company.incorporationDate >= $incorporatedSince]) AS incorporatedSince,
       addresses,
       [company IN companies | company.name + ' (' + coalesce(company.country, '?') + ')'] AS companyNames,
       [board IN boards | board.dataset + ':' + board.recordId] AS sources
ORDER BY companies DESC, directorId
LIMIT $maxRows
