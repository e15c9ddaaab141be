// One page of the entity's shipments, oldest first, in the direction asked ('out': it exported, 'in': it was the
// consignee, 'both'), optionally with one counterparty, an HS code prefix and a date range; total counts them all.
MATCH (e:Entity {id: $id})
CALL (e) {
  CALL (e) {
    MATCH (e)-[:EXPORTED]->(s:Shipment)-[:CONSIGNED_TO]->(other)
    WHERE $direction IN ['out', 'both']
    RETURN s, other, 'out' AS direction
    UNION ALL
    MATCH (other)-[:EXPORTED]->(s:Shipment)-[:CONSIGNED_TO]->(e)
    WHERE $direction IN ['in', 'both']
    RETURN s, other, 'in' AS direction
  }
  WITH s, other, direction
  WHERE ($counterparty IS NULL OR other.id = $counterparty)
    AND ($hs IS NULL OR s.hsCode STARTS WITH $hs)
    AND ($from IS NULL OR s.date >= $from)
    AND ($to IS NULL OR s.date <= $to)
  WITH s, other, direction ORDER BY s.date, s.id
  RETURN collect({shipment: properties(s), direction: direction,
                  counterparty: other {.id, .name, .country}}) AS found
}
RETURN size(found) AS total, found[$offset..$offset + $limit] AS shipments
