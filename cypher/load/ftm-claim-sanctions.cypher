// The FtM Sanction ids behind each listing (several FtM Sanctions may make one listing), so that a delta can
// later withdraw one of them.
UNWIND $rows AS row
MATCH (s:Sanction {id: row.id})
WITH s, collect(row.ftmId) AS ftmIds
WITH s, coalesce(s.ftmIds, []) AS claimed, ftmIds
SET s.ftmIds = claimed + [x IN ftmIds WHERE NOT x IN claimed]
RETURN count(s) AS written
