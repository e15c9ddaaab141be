// Every current decision, to export, or to apply again once both records are in the graph (after a reload).
MATCH (d:ResolutionDecision {current: true})
RETURN d {.*} AS decision
ORDER BY d.decidedAt
