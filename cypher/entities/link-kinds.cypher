// The entity's relationships other than trade and listings, counted per type and direction, with the earliest and
// latest dates they state (start or end).
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]->(other) WHERE NOT type(r) IN $notLinks
  RETURN r, 'out' AS direction
  UNION ALL
  MATCH (e)<-[r]-(other) WHERE NOT type(r) IN $notLinks
  RETURN r, 'in' AS direction
}
RETURN type(r) AS kind, direction, count(r) AS count, min(r.startDate) AS firstDate,
       max(coalesce(r.endDate, r.startDate)) AS lastDate
ORDER BY kind, direction
