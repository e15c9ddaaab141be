// One case with every field, its dates as ISO-8601 text.
MATCH (c:Case {id: $id})
RETURN c.id AS id, c.name AS name, toString(c.asOf) AS asOf, c.notes AS notes,
       c.entityIds AS entityIds, c.xs AS xs, c.ys AS ys, c.entityNotes AS entityNotes,
       c.createdBy AS createdBy, toString(c.createdAt) AS createdAt,
       c.updatedBy AS updatedBy, toString(c.updatedAt) AS updatedAt
