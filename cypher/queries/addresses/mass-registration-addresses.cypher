// name: mass-registration-addresses
// description: Addresses at which many companies are registered (mass registration), with how many of them were
//   incorporated on or after a date and how many are designated.
// basis: FinCEN/BIS joint alert (June 2022): a residential address, or one shared by many firms, and a company
//   incorporated after 24 February 2022 are red flags for shell companies used to evade controls.
// param: minCompanies int = 10 — Report addresses with at least this many companies registered
// param: incorporatedSince date = 2022-02-24 — Count the companies incorporated on or after this date
// param: countries list<country> optional — Only addresses in these countries, ISO-3166 alpha-2 (default: any)
// max-rows: 200

MATCH (address:Address)<-[registered:REGISTERED_AT]-(company:Company)
WHERE ($countries IS NULL OR address.country IN $countries)
  AND (registered.endDate IS NULL OR registered.endDate >= date())
WITH address, collect(DISTINCT company) AS companies, collect(registered) AS registrations
WHERE size(companies) >= $minCompanies
WITH address, companies, registrations,
     [company IN companies WHERE company.incorporationDate >= $incorporatedSince] AS newCompanies,
     [company IN companies WHERE EXISTS {
        MATCH (sanction:Sanction)-[:TARGETS]->(company)
        WHERE sanction.delistedOn IS NULL OR sanction.delistedOn > date()
     }] AS designated
RETURN address.id AS addressId, address.full AS address, address.country AS country,
       size(companies) AS companies, size(newCompanies) AS incorporatedSince,
       [company IN newCompanies | company.name] AS newCompanies,
       [company IN designated | company.name] AS designated,
       [record IN registrations | record.dataset + ':' + record.recordId] AS sources
ORDER BY companies DESC, addressId
LIMIT $maxRows
