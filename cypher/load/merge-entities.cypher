// An entity has an aliases list only when it has aliases (none: no property), as the offline importer writes it.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.firstSeen = $run.at, e.firstLoadRun = $run.id
SET e:$(row.label), e += row.extra,
    e.name = row.name, e.aliases = CASE WHEN size(row.aliases) > 0 THEN row.aliases END, e.country = row.country,
    e.registrationNumber = row.registrationNumber, e.inn = row.inn, e.ogrn = row.ogrn, e.bin = row.bin,
    e.lei = row.lei, e.incorporationDate = row.incorporationDate, e.dissolutionDate = row.dissolutionDate,
    e.birthDate = row.birthDate, e.nationality = row.nationality, e.sourceUrl = row.sourceUrl,
    e.dataset = $run.dataset, e.recordId = row.recordId, e.loadRun = $run.id, e.lastSeen = $run.at
RETURN count(e) AS written
