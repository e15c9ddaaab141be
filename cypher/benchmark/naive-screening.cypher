// The plain search an analyst would write for a name: the full-text index over names and aliases, words as written.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 5}) YIELD node, score
RETURN node.id AS id, node.name AS name, score
