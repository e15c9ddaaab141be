OPTIONAL MATCH (existing:User {username: $username})
WITH existing
WHERE existing IS NULL
CREATE (u:User {username: $username, passwordHash: $passwordHash, role: $role, createdAt: datetime(),
                createdBy: $actor})
RETURN u.username AS username
