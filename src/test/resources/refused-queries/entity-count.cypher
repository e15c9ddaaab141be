// name: entity-count
// description: How many entities the graph holds; 'LOAD CSV' in a string is no LOAD CSV.
// max-rows: 1

MATCH (e:Entity)
WITH count(e) AS entities
RETURN entities, 'LOAD CSV' AS show
LIMIT $maxRows
