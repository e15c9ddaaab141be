// Records what the exposure index was computed with, and when: searches use it only while it matches their hub
// guard and no load has started since.
MERGE (index:ExposureIndex {id: 'hops-to-designated'})
SET index.computedAt = $computedAt, index.hubDegree = $hubDegree, index.maxHops = $maxHops,
    index.designated = $designated, index.withinReach = $withinReach
