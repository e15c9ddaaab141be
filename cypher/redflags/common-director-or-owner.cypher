// Red flag: a director or owner of the entity is also a director or owner of a Russian or Belarusian entity
// ($russia) or of a designated one (a listing in force on $asOf, or a designation mark). A party with more than
// $hubDegree such links (a mass director) is counted and not traversed (hub guard).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL CALL (e) {
  MATCH (party:Entity)-[link:DIRECTOR_OF|OWNS]->(e)
  WHERE (link.startDate IS NULL OR link.startDate <= $asOf) AND (link.endDate IS NULL OR link.endDate >= $asOf)
  WITH e, party, link, COUNT { (party)-[:DIRECTOR_OF|OWNS]->() } AS degree
  OPTIONAL CALL (e, party, link, degree) {
    MATCH (party)-[other:DIRECTOR_OF|OWNS]->(related:Entity)
    WHERE degree <= $hubDegree AND related <> e
      AND (other.startDate IS NULL OR other.startDate <= $asOf) AND (other.endDate IS NULL OR other.endDate >= $asOf)
    WITH other, related,
         [(s:Sanction)-[:TARGETS]->(related)
          WHERE (s.listedOn IS NULL OR s.listedOn <= $asOf) AND (s.delistedOn IS NULL OR s.delistedOn > $asOf)
          | {authority: s.authority, program: s.program, listedOn: s.listedOn,
             source: s.dataset + ':' + s.recordId}] AS listings,
         [(d:Designation)-[:DESIGNATES]->(related) | {regime: d.regime, basis: d.basis}] AS designations
    WHERE related.country IN $russia OR size(listings) > 0 OR size(designations) > 0
    RETURN {party: party {.id, .name, .country, .nationality},
            inEntity: {type: type(link), role: link.role, share: link.share, startDate: link.startDate,
                       source: link.dataset + ':' + link.recordId},
            related: related {.id, .name, .country, listings: listings, designations: designations},
            inRelated: {type: type(other), role: other.role, share: other.share, startDate: other.startDate,
                        source: other.dataset + ':' + other.recordId}} AS found
  }
  RETURN collect(found)[..$maxEvidence] AS matches, count(found) AS matchCount,
         collect(DISTINCT CASE WHEN degree > $hubDegree THEN {id: party.id, name: party.name, links: degree} END)
           AS hubs
}
WITH id, coalesce(matches, []) AS matches, coalesce(matchCount, 0) AS matchCount, coalesce(hubs, []) AS hubs
RETURN id, true AS assessable,
       CASE WHEN size(hubs) > 0 THEN 'parties with more than ' + $hubDegree + ' links not traversed' END AS note,
       matchCount > 0 AS raised,
       {matches: matches, matchCount: matchCount, hubsNotTraversed: hubs} AS evidence,
       reduce(acc = [], m IN matches |
              acc + [s IN [m.inEntity.source, m.inRelated.source] + [x IN m.related.listings | x.source]
                     WHERE s IS NOT NULL AND NOT s IN acc]) AS sources
