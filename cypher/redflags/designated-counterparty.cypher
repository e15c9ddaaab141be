// Red flag: the entity's shipments go to, or come from, a designated party: a listing in force on $asOf
// ((:Sanction)-[:TARGETS]->) or a designation mark ((:Designation)-[:DESIGNATES]->, listed or derived through
// ownership or control).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL CALL (e) {
  MATCH (e)-[:EXPORTED]->(s:Shipment)-[:CONSIGNED_TO]->(party:Entity)
  WHERE s.date <= $asOf
  RETURN party, s, 'consignee' AS role
  UNION
  MATCH (party:Entity)-[:EXPORTED]->(s:Shipment)-[:CONSIGNED_TO]->(e)
  WHERE s.date <= $asOf
  RETURN party, s, 'supplier' AS role
}
WITH id, party, role, count(s) AS shipments, sum(s.valueUsd) AS valueUsd, min(s.date) AS firstShipment,
     max(s.date) AS lastShipment, collect(s.dataset + ':' + s.recordId)[..$maxEvidence] AS shipmentSources
WITH id, party, role, shipments, valueUsd, firstShipment, lastShipment, shipmentSources,
     CASE WHEN party IS NULL THEN [] ELSE
       [(x:Sanction)-[:TARGETS]->(party)
        WHERE (x.listedOn IS NULL OR x.listedOn <= $asOf) AND (x.delistedOn IS NULL OR x.delistedOn > $asOf)
        | {authority: x.authority, program: x.program, listedOn: x.listedOn, source: x.dataset + ':' + x.recordId}]
     END AS listings,
     CASE WHEN party IS NULL THEN [] ELSE
       [(d:Designation)-[:DESIGNATES]->(party) | {regime: d.regime, basis: d.basis}]
     END AS designations
WITH id, collect(CASE WHEN size(listings) > 0 OR size(designations) > 0
                      THEN {party: party {.id, .name, .country}, role: role, shipments: shipments,
                            valueUsd: round(valueUsd, 2), firstShipment: firstShipment, lastShipment: lastShipment,
                            listings: listings, designations: designations, shipmentSources: shipmentSources} END)
       AS counterparties
RETURN id, true AS assessable, null AS note,
       size(counterparties) > 0 AS raised,
       {counterparties: counterparties[..$maxEvidence]} AS evidence,
       reduce(acc = [], c IN counterparties[..$maxEvidence] | acc + c.shipmentSources + [l IN c.listings | l.source])
         AS sources
