CREATE (k:ApiKey {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime(), createdBy: $actor,
                  expiresAt: $expiresAt})
RETURN k.id AS id, k.name AS name, k.role AS role, toString(k.expiresAt) AS expiresAt,
       toString(k.createdAt) AS createdAt, k.createdBy AS createdBy, null AS revokedAt
