// The candidates of many queries in one round trip: for each, the entities whose name keys share most with its
// own, best first (as candidates.cypher for one query).
UNWIND $rows AS row
CALL (row) {
  CALL db.index.fulltext.queryNodes('entity_match_keys', row.query, {limit: $limit}) YIELD node
  WITH node AS e
  RETURN collect({id: e.id, labels: [l IN labels(e) WHERE l <> 'Entity'], name: e.name,
                  aliases: coalesce(e.aliases, []), country: e.country, nationality: e.nationality,
                  birthDate: e.birthDate, incorporationDate: e.incorporationDate, inn: e.inn, ogrn: e.ogrn,
                  bin: e.bin, lei: e.lei, registrationNumber: e.registrationNumber, imo: e.imo, dataset: e.dataset,
                  listed: EXISTS { (:Sanction)-[:TARGETS]->(e) }}) AS candidates
}
RETURN row.index AS index, candidates
