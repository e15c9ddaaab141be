// The exposure index, whether a load has started or stopped since it was computed (then it may miss parties the
// load added), and the counts of the entity $id: one row, with nulls when there is no index.
OPTIONAL MATCH (index:ExposureIndex {id: 'hops-to-designated'})
OPTIONAL MATCH (start:Entity {id: $id})
RETURN index.computedAt AS computedAt, index.hubDegree AS hubDegree, index.maxHops AS maxHops,
       start.hopsToDesignated AS startHops, start.hopsToListed AS startListedHops,
       index IS NOT NULL AND EXISTS {
         MATCH (run:LoadRun)
         WHERE run.status = 'running' OR run.startedAt > index.computedAt OR run.finishedAt > index.computedAt
            OR run.stoppedAt > index.computedAt
       } AS stale
