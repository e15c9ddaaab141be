MATCH (u:User {username: $username})
SET u.passwordHash = $passwordHash, u.passwordChangedAt = datetime()
RETURN u.username AS username
