// Every entity that states a strong identifier, with the values as stated; they are normalized and checked (check
// digits) before any link is made.
MATCH (e:Entity)
WHERE e.inn IS NOT NULL OR e.ogrn IS NOT NULL OR e.bin IS NOT NULL OR e.lei IS NOT NULL OR e.imo IS NOT NULL
   OR e.registrationNumber STARTS WITH 'IMO'
RETURN e.id AS id, e.inn AS inn, e.ogrn AS ogrn, e.bin AS bin, e.lei AS lei,
       coalesce(e.imo, CASE WHEN e.registrationNumber STARTS WITH 'IMO' THEN e.registrationNumber END) AS imo
