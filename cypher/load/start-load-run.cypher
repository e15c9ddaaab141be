// A load run is identified by its dataset and the checksum of its input: loading the same input again
// finds the same run and keeps its original time, so nothing in the graph changes.
MERGE (run:LoadRun {id: $id})
ON CREATE SET run.startedAt = $now, run.status = 'running'
SET run.dataset = $dataset, run.format = $format, run.source = $source, run.files = $files,
    run.checksum = $checksum
RETURN run.startedAt AS startedAt
