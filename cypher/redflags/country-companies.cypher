// The companies registered in a country, in id order, one more than the cap so that a cut is seen.
MATCH (company:Entity:Company)
WHERE company.country = $country
RETURN company.id AS id, company.name AS name
ORDER BY id
LIMIT $maxCompanies + 1
