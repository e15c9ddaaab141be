// Entities and addresses a delta deletes. A node goes when this dataset wrote it first and last and no other
// dataset's link or listing touches it; its listings from this dataset, and the address its own address text made,
// go with it. Otherwise another dataset still states the node: it stays, and only this dataset's REGISTERED_AT
// links from it go (its links and listings have FtM ids of their own, which a delta deletes by those ids).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Address {id: id}) RETURN n
}
OPTIONAL MATCH (first:LoadRun {id: n.firstLoadRun})
WITH n, n.dataset = $dataset AND coalesce(first.dataset, $dataset) = $dataset
     AND NOT EXISTS { MATCH (n)-[r]-() WHERE r.dataset <> $dataset } AS own
CALL (n, own) {
  WITH n WHERE NOT own
  MATCH (n)-[r:REGISTERED_AT]->() WHERE r.dataset = $dataset
  DELETE r
}
WITH n, own, [(n)-[:REGISTERED_AT]->(a:Address) WHERE own AND a.recordId = n.id | a] AS madeAddresses
CALL (n, own) {
  WITH n WHERE own
  OPTIONAL MATCH (s:Sanction)-[:TARGETS]->(n) WHERE s.dataset = $dataset
  DETACH DELETE s
}
CALL (n, own) {
  WITH n WHERE own
  DETACH DELETE n
}
FOREACH (a IN [x IN madeAddresses WHERE NOT (x)--()] | DELETE a)
RETURN count(CASE WHEN own THEN 1 END) AS removed, count(CASE WHEN own THEN NULL ELSE 1 END) AS kept
