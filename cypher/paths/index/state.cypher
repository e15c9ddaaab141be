// The exposure index, whether it is stale (a load has started or stopped since it was computed, so that it may miss
// parties the load added; or the designation marks have been rewritten since), and the counts of the entity $id:
// one row, with nulls when there is no index.
OPTIONAL MATCH (index:ExposureIndex {id: 'hops-to-designated'})
OPTIONAL MATCH (start:Entity {id: $id})
RETURN index.computedAt AS computedAt, index.hubDegree AS hubDegree, index.maxHops AS maxHops,
       start.hopsToDesignated AS startHops, start.hopsToListed AS startListedHops,
       index IS NOT NULL AND (
         coalesce(index.designationsChangedAt >= index.computedAt, false)
         OR EXISTS {
           MATCH (run:LoadRun)
           WHERE run.status = 'running' OR run.startedAt > index.computedAt OR run.finishedAt > index.computedAt
              OR run.stoppedAt > index.computedAt
         }) AS stale
