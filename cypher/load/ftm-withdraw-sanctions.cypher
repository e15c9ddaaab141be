// FtM Sanctions a delta modified or deleted leave the listings of this dataset they no longer make
// ($now: FtM id -> the listing it makes now, '' when deleted); a listing that no FtM Sanction makes any more goes.
MATCH (s:Sanction)
WHERE s.dataset = $dataset AND any(x IN coalesce(s.ftmIds, []) WHERE x IN keys($now))
WITH s, [x IN s.ftmIds WHERE NOT x IN keys($now) OR $now[x] = s.id] AS kept
SET s.ftmIds = kept
WITH s WHERE size(kept) = 0
DETACH DELETE s
RETURN count(*) AS removed
