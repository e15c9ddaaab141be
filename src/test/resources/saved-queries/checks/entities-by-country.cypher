// name: entities-by-country
// description: Entities registered in one country, a few at a time.
// param: country string required — Country, ISO-3166 alpha-2
// max-rows: 2

MATCH (entity:Entity {country: $country})
RETURN entity.id AS id, entity.name AS name, entity.aliases AS aliases, entity
ORDER BY id
LIMIT $maxRows
