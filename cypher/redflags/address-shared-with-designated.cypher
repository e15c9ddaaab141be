// Red flag: registered at an address that a designated party also uses. Designated: a listing in force on $asOf
// ((:Sanction)-[:TARGETS]->) or a designation mark ((:Designation)-[:DESIGNATES]->, listed or derived). An address
// with more than $hubDegree registrations is not traversed (hub guard): the note says so.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL CALL (e) {
  MATCH (e)-[own:REGISTERED_AT]->(address:Address)
  WHERE (own.startDate IS NULL OR own.startDate <= $asOf) AND (own.endDate IS NULL OR own.endDate >= $asOf)
  WITH e, own, address, COUNT { (address)<-[:REGISTERED_AT]-() } AS degree
  CALL (e, address, degree) {
    OPTIONAL MATCH (address)<-[other:REGISTERED_AT]-(party:Entity)
    WHERE degree <= $hubDegree AND party <> e
      AND (other.startDate IS NULL OR other.startDate <= $asOf) AND (other.endDate IS NULL OR other.endDate >= $asOf)
    WITH other, party,
         [(s:Sanction)-[:TARGETS]->(party)
          WHERE (s.listedOn IS NULL OR s.listedOn <= $asOf) AND (s.delistedOn IS NULL OR s.delistedOn > $asOf)
          | {authority: s.authority, program: s.program, listedOn: s.listedOn,
             source: s.dataset + ':' + s.recordId}] AS listings,
         [(d:Designation)-[:DESIGNATES]->(party) | {regime: d.regime, basis: d.basis}] AS designations
    WHERE size(listings) > 0 OR size(designations) > 0
    RETURN collect({id: party.id, name: party.name, country: party.country, listings: listings,
                    designations: designations, registration: other.dataset + ':' + other.recordId})
             [..$maxEvidence] AS designated
  }
  RETURN collect({address: address {.id, .full, .country}, hub: degree > $hubDegree, registrations: degree,
                  designatedParties: designated, registration: own.dataset + ':' + own.recordId}) AS addresses
}
WITH id, coalesce(addresses, []) AS addresses
WITH id, addresses, [a IN addresses WHERE NOT a.hub] AS traversed
RETURN id,
       size(traversed) > 0 AS assessable,
       CASE WHEN size(addresses) = 0 THEN 'no registered address known'
            WHEN size(traversed) < size(addresses)
            THEN 'address with more than ' + $hubDegree + ' registrations not traversed' END AS note,
       any(a IN traversed WHERE size(a.designatedParties) > 0) AS raised,
       {addresses: addresses} AS evidence,
       reduce(acc = [], a IN addresses |
              acc + [s IN [a.registration] + [p IN a.designatedParties | p.registration]
                          + reduce(l = [], p IN a.designatedParties | l + [x IN p.listings | x.source])
                     WHERE s IS NOT NULL AND NOT s IN acc]) AS sources
