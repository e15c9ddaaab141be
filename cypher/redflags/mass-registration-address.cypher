// Red flag: registered at an address where at least $minCompanies companies are registered (mass registration).
// An address with more than $hubDegree registrations is counted by its degree and not traversed (hub guard).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL CALL (e) {
  MATCH (e)-[own:REGISTERED_AT]->(address:Address)
  WHERE (own.startDate IS NULL OR own.startDate <= $asOf) AND (own.endDate IS NULL OR own.endDate >= $asOf)
  WITH own, address, COUNT { (address)<-[:REGISTERED_AT]-() } AS degree
  CALL (address, degree) {
    OPTIONAL MATCH (address)<-[other:REGISTERED_AT]-(company:Company)
    WHERE degree <= $hubDegree
      AND (other.startDate IS NULL OR other.startDate <= $asOf) AND (other.endDate IS NULL OR other.endDate >= $asOf)
    WITH other, company ORDER BY company.incorporationDate DESC, company.id
    RETURN count(DISTINCT company) AS companies,
           count(DISTINCT CASE WHEN company.incorporationDate >= $invasionDate THEN company END)
             AS incorporatedAfterInvasion,
           collect(CASE WHEN company IS NOT NULL
                        THEN {id: company.id, name: company.name, incorporationDate: company.incorporationDate,
                              source: other.dataset + ':' + other.recordId} END)[..$maxEvidence] AS sample
  }
  WITH own, address, degree, degree > $hubDegree AS hub,
       CASE WHEN degree > $hubDegree THEN degree ELSE companies END AS companies,
       incorporatedAfterInvasion, sample
  RETURN collect({address: address {.id, .full, .country}, companies: companies, hub: hub,
                  incorporatedAfterInvasion: CASE WHEN hub THEN null ELSE incorporatedAfterInvasion END,
                  companiesShown: sample, registration: own.dataset + ':' + own.recordId,
                  massRegistration: companies >= $minCompanies,
                  addressSource: address.dataset + ':' + address.recordId}) AS addresses
}
WITH id, coalesce(addresses, []) AS addresses
RETURN id,
       size(addresses) > 0 AS assessable,
       CASE WHEN size(addresses) = 0 THEN 'no registered address known' END AS note,
       any(a IN addresses WHERE a.massRegistration) AS raised,
       {minCompanies: $minCompanies, addresses: addresses} AS evidence,
       reduce(acc = [], a IN addresses |
              acc + [s IN [a.registration, a.addressSource] + [c IN a.companiesShown | c.source]
                     WHERE s IS NOT NULL AND NOT s IN acc]) AS sources
