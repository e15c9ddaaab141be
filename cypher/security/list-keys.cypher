MATCH (k:ApiKey)
WHERE $includeRevoked OR k.revokedAt IS NULL
RETURN k.id AS id, k.name AS name, k.role AS role, toString(k.expiresAt) AS expiresAt,
       toString(k.createdAt) AS createdAt, k.createdBy AS createdBy, toString(k.revokedAt) AS revokedAt
ORDER BY k.createdAt, k.id
