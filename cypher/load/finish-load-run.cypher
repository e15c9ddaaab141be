MATCH (run:LoadRun {id: $id})
SET run.status = $status,
    run.finishedAt = coalesce(run.finishedAt, $now),
    run.entities = $counts.entities, run.addresses = $counts.addresses,
    run.relationships = $counts.relationships, run.sanctions = $counts.sanctions,
    run.shipments = $counts.shipments, run.rejected = $counts.rejected
