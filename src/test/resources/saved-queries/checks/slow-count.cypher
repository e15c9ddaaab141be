// name: slow-count
// description: Counts for far longer than any timeout.
// param: start int = 1 — Where to start
// max-rows: 10

UNWIND range($start, 10000000000) AS i
WITH i WHERE i < 0
RETURN i
LIMIT $maxRows
