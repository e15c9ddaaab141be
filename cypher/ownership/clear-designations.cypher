// Removes a batch of the computed designations of one regime; run until it removes none.
MATCH (d:Designation {regime: $regime})
WITH d LIMIT $batchSize
DETACH DELETE d
RETURN count(*) AS removed
