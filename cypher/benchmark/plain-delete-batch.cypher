// Removes what the plain comparison load wrote, a batch at a time, so the service's graph is as before.
MATCH (c:PlainCompany)
WITH c LIMIT 10000
DETACH DELETE c
RETURN count(*) AS deleted
