// The nodes named by $ids that exist (entities, addresses and listings), as the graph canvas shows them: labels, a
// name (an address's full text, a listing's authority and program), country, whether a listing in force on $listedOn
// names it, whether a derived designation marks it, the datasets of the listings that name it (in force on $asOf;
// all when $asOf is null), its provenance and the facts the exports write. Java twin: none; NetworkRepository reads it.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Address {id: id}) RETURN n
  UNION
  MATCH (n:Sanction {id: id}) RETURN n
}
WITH n,
     [(s:Sanction)-[:TARGETS]->(n) | s {.dataset, .listedOn, .delistedOn}] AS listings
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'] AS labels,
       coalesce(n.name, n.full, n.authority + ' ' + n.program, n.authority, n.id) AS name,
       n.country AS country,
       any(s IN listings WHERE (s.listedOn IS NULL OR s.listedOn <= $listedOn)
                           AND (s.delistedOn IS NULL OR s.delistedOn > $listedOn)) AS listed,
       EXISTS { (d:Designation)-[:DESIGNATES]->(n) WHERE d.basis = 'derived' } AS derived,
       [s IN listings WHERE s.dataset IS NOT NULL
          AND ($asOf IS NULL OR ((s.listedOn IS NULL OR s.listedOn <= $asOf)
                                 AND (s.delistedOn IS NULL OR s.delistedOn > $asOf))) | s.dataset] AS listingDatasets,
       n {.dataset, .recordId, .loadRun, .firstLoadRun, .firstSeen, .lastSeen, .sourceUrl} AS provenance,
       n {.aliases, .registrationNumber, .inn, .ogrn, .bin, .lei, .imo, .incorporationDate, .dissolutionDate,
          .birthDate, .nationality, .full, .authority, .program, .listedOn, .delistedOn, .reason} AS facts
