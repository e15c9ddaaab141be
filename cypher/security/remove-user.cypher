MATCH (u:User {username: $username})
DETACH DELETE u
RETURN count(*) AS removed
