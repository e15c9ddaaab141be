MATCH (u:User)
RETURN u.username AS username, u.role AS role, toString(u.createdAt) AS createdAt, u.createdBy AS createdBy,
       toString(u.passwordChangedAt) AS passwordChangedAt
ORDER BY username
