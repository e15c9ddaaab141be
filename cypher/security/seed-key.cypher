// The key of a setting: kept while the setting holds it; a key seeded from an earlier value is revoked.
MATCH (old:ApiKey {seeded: true})
WHERE old.hash <> $hash AND old.revokedAt IS NULL
SET old.revokedAt = datetime()
WITH count(old) AS revoked
MERGE (k:ApiKey {hash: $hash})
  ON CREATE SET k.id = $id, k.name = $name, k.role = 'admin', k.createdAt = datetime(), k.createdBy = 'setting',
                k.seeded = true
SET k.revokedAt = null
RETURN k.id AS id, revoked
