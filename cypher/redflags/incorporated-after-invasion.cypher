// Red flag: a company incorporated on or after the start of the invasion ($invasionDate).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH id, e, (e:Company OR e:Organization) AS isCompany
RETURN id,
       isCompany AND e.incorporationDate IS NOT NULL AS assessable,
       CASE WHEN NOT isCompany THEN 'not a company'
            WHEN e.incorporationDate IS NULL THEN 'no incorporation date known' END AS note,
       coalesce(isCompany AND e.incorporationDate >= $invasionDate, false) AS raised,
       {incorporationDate: e.incorporationDate, invasionDate: $invasionDate,
        daysAfterInvasion: CASE WHEN e.incorporationDate IS NOT NULL
                                THEN duration.inDays($invasionDate, e.incorporationDate).days END} AS evidence,
       [s IN [e.dataset + ':' + e.recordId] WHERE s IS NOT NULL] AS sources
