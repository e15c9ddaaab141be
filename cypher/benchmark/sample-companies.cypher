// Companies the concurrent API clients ask about, drawn at random.
MATCH (e:Company)
WITH e.id AS id, rand() AS r
ORDER BY r
LIMIT $limit
RETURN collect(id) AS ids
