// How many entities hold each name key, counted up to $cap + 1: enough to tell a selective key from one that too
// many names share. Each word is one whitespace-free index term, so the count stops early however many hold it.
UNWIND $words AS word
CALL (word) {
  CALL db.index.fulltext.queryNodes('entity_match_keys', word, {limit: $cap + 1}) YIELD node
  RETURN count(node) AS entities
}
RETURN word, entities
