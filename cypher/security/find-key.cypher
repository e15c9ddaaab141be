MATCH (k:ApiKey {hash: $hash})
WHERE k.revokedAt IS NULL AND (k.expiresAt IS NULL OR k.expiresAt > datetime())
RETURN k.id AS id, k.name AS name, k.role AS role
