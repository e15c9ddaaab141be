// A saved investigation canvas: its name, as-of date, notes and the entities on it with their positions and notes,
// kept as parallel lists ($entityIds[i] at ($xs[i], $ys[i]) with $entityNotes[i]); who made it and when.
CREATE (c:Case {id: $id, name: $name, asOf: $asOf, notes: $notes,
                entityIds: $entityIds, xs: $xs, ys: $ys, entityNotes: $entityNotes,
                createdBy: $actor, createdAt: datetime(), updatedBy: $actor, updatedAt: datetime()})
RETURN c.id AS id
