// Replaces what a case holds and records who changed it; no row when there is no such case.
MATCH (c:Case {id: $id})
SET c.name = $name, c.asOf = $asOf, c.notes = $notes,
    c.entityIds = $entityIds, c.xs = $xs, c.ys = $ys, c.entityNotes = $entityNotes,
    c.updatedBy = $actor, c.updatedAt = datetime()
RETURN c.id AS id
