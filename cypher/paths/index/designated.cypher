// Every entity the exposure index counts from: listed by any authority at any time, or with a derived designation
// marked by the last designation recompute under any regime; with every listing and derived designation, read as
// paths/designations.cypher reads them, so that the in-memory snapshot can say which are in force on a date.
CALL () {
  MATCH (:Sanction)-[:TARGETS]->(n:Entity)
  RETURN n
  UNION
  MATCH (d:Designation)-[:DESIGNATES]->(n:Entity)
  WHERE d.basis = 'derived'
  RETURN n
}
RETURN n.id AS id,
       [(s)-[:TARGETS]->(n) | s {.id, .authority, .program, .listedOn, .delistedOn, .dataset, .recordId}] AS listings,
       [(d)-[:DESIGNATES]->(n)
          WHERE d.basis = 'derived'
          | d {.regime, .asOf, .possibly, .aggregateShareMin, .aggregateShareMax, .contributors}] AS derived
