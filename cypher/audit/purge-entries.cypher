// Entries past the retention period, a bounded batch per transaction.
MATCH (a:AuditEntry)
WHERE a.at < $before
WITH a
LIMIT $batch
DELETE a
RETURN count(*) AS purged
