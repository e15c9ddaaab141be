// The entity a red-flag report is about, or nothing for an unknown id.
MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.name AS name, labels(e) AS labels, e.country AS country,
       [s IN [e.dataset + ':' + e.recordId] WHERE s IS NOT NULL] AS sources
