// The plain load a new user writes, for comparison: companies merged on their id, 10,000 a transaction.
UNWIND $rows AS row
MERGE (c:PlainCompany {id: row.id})
SET c.name = row.name, c.country = row.country
RETURN count(*) AS written
