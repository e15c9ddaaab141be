// Context flag: the entity, or an address it is registered at, is in a country the alerts name as a common
// transshipment point to Russia ($countries).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL CALL (e) {
  MATCH (e)-[own:REGISTERED_AT]->(address:Address)
  WHERE address.country IN $countries
    AND (own.startDate IS NULL OR own.startDate <= $asOf) AND (own.endDate IS NULL OR own.endDate >= $asOf)
  RETURN collect(address {.id, .full, .country, registration: own.dataset + ':' + own.recordId}) AS addresses
}
WITH id, e, coalesce(addresses, []) AS addresses, e.country IN $countries AS byCountry
RETURN id, e.country IS NOT NULL OR size(addresses) > 0 AS assessable,
       CASE WHEN e.country IS NULL AND size(addresses) = 0 THEN 'no country known' END AS note,
       byCountry OR size(addresses) > 0 AS raised,
       {country: e.country, addresses: addresses[..$maxEvidence]} AS evidence,
       [x IN [CASE WHEN byCountry THEN e.dataset + ':' + e.recordId END]
             + [a IN addresses[..$maxEvidence] | a.registration] WHERE x IS NOT NULL] AS sources
