// Full-text search over names and aliases, best match first.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
RETURN node.id AS id, [label IN labels(node) WHERE label <> 'Entity'] AS labels, node.name AS name,
       node.country AS country, score,
       EXISTS { (:Sanction)-[:TARGETS]->(node) } AS listed
ORDER BY score DESC, id
SKIP $skip LIMIT $limit
