MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN k.id AS id, k.name AS name, k.role AS role, toString(k.expiresAt) AS expiresAt,
       toString(k.createdAt) AS createdAt, k.createdBy AS createdBy, toString(k.revokedAt) AS revokedAt
