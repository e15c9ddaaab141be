// A load run is identified by its dataset and the checksum of its input: loading the same input again finds the
// same run and keeps its original time, so nothing in the graph changes. A run left 'running' (the process was
// killed), 'aborted' or 'failed' is run again under the same id and time, so its facts end as one clean load leaves
// them; a completed run keeps its status while the same input is loaded again.
MERGE (run:LoadRun {id: $id})
ON CREATE SET run.startedAt = $now
WITH run, run.status AS previous
SET run.dataset = $dataset, run.format = $format, run.source = $source, run.files = $files,
    run.checksum = $checksum,
    run.status = CASE WHEN previous STARTS WITH 'completed' THEN previous ELSE 'running' END
RETURN run.startedAt AS startedAt, previous
