// How many names and aliases a search matches, counted up to $countLimit: beyond it the answer says "at least".
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $countLimit}) YIELD node
RETURN count(node) AS total
