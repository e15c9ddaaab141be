// Removes a case; counts what it removed (0 when there was no such case).
OPTIONAL MATCH (c:Case {id: $id})
WITH c, count(c) AS removed
DETACH DELETE c
RETURN removed
