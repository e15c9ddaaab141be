MATCH (u:User {username: $username})
SET u.role = $role
RETURN u.username AS username
