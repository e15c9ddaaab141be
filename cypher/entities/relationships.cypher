// One page of the entity's relationships of the given $types, either way, by type, direction, start date and the
// other party; total counts them all.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]-(other) WHERE type(r) IN $types
  WITH r, other, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction
  ORDER BY type(r), direction, r.startDate, other.id
  RETURN collect({type: type(r), direction: direction, properties: properties(r),
                  other: other {.*, labels: labels(other)}}) AS found
}
RETURN size(found) AS total, found[$offset..$offset + $limit] AS relationships
