// Who made a case; no row when there is no such case.
MATCH (c:Case {id: $id})
RETURN c.createdBy AS createdBy
