// Full-text search over names and aliases, best match first. The index hands over only the best $skip + $limit
// hits, so a word that a hundred thousand names share costs a page, not every name.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $skip + $limit}) YIELD node, score
RETURN node.id AS id, [label IN labels(node) WHERE label <> 'Entity'] AS labels, node.name AS name,
       node.country AS country, score,
       EXISTS { (:Sanction)-[:TARGETS]->(node) } AS listed
ORDER BY score DESC, id
SKIP $skip LIMIT $limit
