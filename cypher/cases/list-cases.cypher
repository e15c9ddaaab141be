// The cases, last changed first, without their entity lists: what a list shows. Capped at $limit.
MATCH (c:Case)
WITH c ORDER BY c.updatedAt DESC, c.id
LIMIT $limit
RETURN c.id AS id, c.name AS name, toString(c.asOf) AS asOf, size(c.entityIds) AS entityCount,
       c.createdBy AS createdBy, toString(c.createdAt) AS createdAt,
       c.updatedBy AS updatedBy, toString(c.updatedAt) AS updatedAt
