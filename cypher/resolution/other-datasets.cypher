// Whether the graph holds records of a dataset other than this one: with none, a load has nothing to resolve.
MATCH (r:LoadRun) WHERE r.dataset <> $dataset
RETURN count(r) > 0 AS others
