// Records how a run ended. A completed run keeps the time it first completed; an aborted or failed run records when
// and why it stopped, which a later completion of the same run clears.
MATCH (run:LoadRun {id: $id})
WITH run, $status STARTS WITH 'completed' AS completed
SET run.status = $status,
    run.finishedAt = CASE WHEN completed THEN coalesce(run.finishedAt, $now) ELSE run.finishedAt END,
    run.stoppedAt = CASE WHEN completed THEN null ELSE $now END,
    run.stoppedBecause = CASE WHEN completed THEN null ELSE $reason END,
    run.entities = $counts.entities, run.addresses = $counts.addresses,
    run.relationships = $counts.relationships, run.sanctions = $counts.sanctions,
    run.shipments = $counts.shipments, run.rejected = $counts.rejected
