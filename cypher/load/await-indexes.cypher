// Waits until every index is online: after an offline import the schema's indexes are built in the background,
// and the steps that follow (re-tiering shipments on their HS-6 code) and the first queries need them.
CALL db.awaitIndexes($seconds)
