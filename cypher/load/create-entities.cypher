// Entities no node has the id of yet (existing-entities.cypher, in the same transaction): the properties
// merge-entities.cypher gives a new one, without its look-up and locks. An entity a concurrent writer created
// meanwhile fails the id constraint, and the batch runs again as merge-entities.cypher.
UNWIND $rows AS row
CREATE (e:Entity {id: row.id})
SET e.firstSeen = $run.at, e.firstLoadRun = $run.id
SET e:$(row.label), e += row.extra,
    e.name = row.name, e.aliases = CASE WHEN size(row.aliases) > 0 THEN row.aliases END, e.country = row.country,
    e.registrationNumber = row.registrationNumber, e.inn = row.inn, e.ogrn = row.ogrn, e.bin = row.bin,
    e.lei = row.lei, e.incorporationDate = row.incorporationDate, e.dissolutionDate = row.dissolutionDate,
    e.birthDate = row.birthDate, e.nationality = row.nationality, e.sourceUrl = row.sourceUrl,
    e.dataset = $run.dataset, e.recordId = row.recordId, e.loadRun = $run.id, e.lastSeen = $run.at
RETURN count(e) AS written
