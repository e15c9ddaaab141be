CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node
RETURN count(node) AS total
