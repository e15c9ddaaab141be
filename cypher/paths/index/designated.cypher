// Every entity listed by any authority at any time (listed: true) or marked by the last designation recompute under
// any regime, with every listing and derived designation, read as paths/designations.cypher reads them: the parties
// the exposure index counts from (those with a listing or a derived designation), and what the in-memory snapshot
// needs to say which are in force on a date.
CALL () {
  MATCH (:Sanction)-[:TARGETS]->(n:Entity)
  RETURN n
  UNION
  MATCH (:Designation)-[:DESIGNATES]->(n:Entity)
  RETURN n
}
RETURN n.id AS id, EXISTS { (:Sanction)-[:TARGETS]->(n) } AS listed,
       [(s)-[:TARGETS]->(n) | s {.id, .authority, .program, .listedOn, .delistedOn, .dataset, .recordId}] AS listings,
       [(d)-[:DESIGNATES]->(n)
          WHERE d.basis = 'derived'
          | d {.regime, .asOf, .possibly, .aggregateShareMin, .aggregateShareMax, .contributors}] AS derived
