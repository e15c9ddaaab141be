// For each record, the records of other datasets whose name keys share most with its own: the block it is
// compared with (one index read a record, in one round trip for a batch).
UNWIND $rows AS row
CALL (row) {
  CALL db.index.fulltext.queryNodes('entity_match_keys', row.query, {limit: $limit}) YIELD node
  WITH node AS e
  WHERE e.id <> row.id AND e.dataset <> row.dataset
  RETURN e.id AS id, [l IN labels(e) WHERE l <> 'Entity'] AS labels, e.name AS name,
         coalesce(e.aliases, []) AS aliases, e.country AS country, e.nationality AS nationality,
         e.birthDate AS birthDate, e.inn AS inn, e.ogrn AS ogrn, e.bin AS bin, e.lei AS lei,
         e.registrationNumber AS registrationNumber, e.dataset AS dataset, null AS keys
}
RETURN row.id AS recordId, collect({id: id, labels: labels, name: name, aliases: aliases, country: country,
       nationality: nationality, birthDate: birthDate, inn: inn, ogrn: ogrn, bin: bin, lei: lei,
       registrationNumber: registrationNumber, dataset: dataset}) AS candidates
