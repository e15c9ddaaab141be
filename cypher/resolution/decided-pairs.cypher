// The pairs among these that carry a current decision: they are not suggested again.
MATCH (d:ResolutionDecision {current: true}) WHERE d.pair IN $pairs
RETURN d.pair AS pair, d.judgement AS judgement
