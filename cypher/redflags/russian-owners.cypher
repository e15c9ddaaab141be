// Red flag: owned by Russian or Belarusian parties ($russia: a person's nationality or country, a company's
// country), directly or through one company in between, with links in force on $asOf. The effective share of a
// path is the product of its shares (a range when a share is unknown or given as a range); an owner's paths add up.
// Not raised for an entity registered in Russia or Belarus itself.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL CALL (e) {
  MATCH chain = (owner:Entity)-[:OWNS*1..2]->(e)
  WHERE (owner.nationality IN $russia OR owner.country IN $russia)
    AND all(link IN relationships(chain) WHERE (link.startDate IS NULL OR link.startDate <= $asOf)
                                           AND (link.endDate IS NULL OR link.endDate >= $asOf))
  WITH owner, chain LIMIT $maxPaths
  WITH owner, chain,
       reduce(p = 1.0, link IN relationships(chain) | p * coalesce(link.share, link.shareMin, 0.0) / 100) AS shareMin,
       reduce(p = 1.0, link IN relationships(chain) | p * coalesce(link.share, link.shareMax, 100.0) / 100) AS shareMax
  WITH owner, sum(shareMin) AS shareMin, sum(shareMax) AS shareMax,
       collect({via: [n IN nodes(chain)[1..-1] | n {.id, .name, .country}],
                links: [link IN relationships(chain) | {share: link.share, shareMin: link.shareMin,
                        shareMax: link.shareMax, startDate: link.startDate,
                        source: link.dataset + ':' + link.recordId}]}) AS paths
  ORDER BY shareMin DESC, owner.id
  RETURN collect({owner: owner {.id, .name, .country, .nationality,
                                kind: CASE WHEN owner:Person THEN 'person' ELSE 'company' END},
                  effectiveShareMin: round(100 * shareMin, 2),
                  effectiveShareMax: round(100 * CASE WHEN shareMax > 1 THEN 1 ELSE shareMax END, 2),
                  paths: paths}) AS owners
}
WITH id, e, coalesce(owners, []) AS owners
WITH id, e, owners, e.country IN $russia AS domestic,
     [o IN owners WHERE o.effectiveShareMax >= $minShare AND o.effectiveShareMax > 0] AS qualifying
RETURN id, NOT domestic AS assessable,
       CASE WHEN domestic THEN 'registered in ' + e.country + ': Russian ownership is no sign there' END AS note,
       NOT domestic AND size(qualifying) > 0 AS raised,
       {owners: owners[..$maxEvidence], minShare: $minShare, countries: $russia} AS evidence,
       reduce(acc = [], o IN owners[..$maxEvidence] |
              acc + reduce(l = [], p IN o.paths | l + [x IN p.links WHERE x.source IS NOT NULL | x.source])) AS sources
