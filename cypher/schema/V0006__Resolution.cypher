// Analysts' decisions on suggested pairs, one current per pair, the earlier ones kept.
CREATE CONSTRAINT resolution_decision_id IF NOT EXISTS FOR (n:ResolutionDecision) REQUIRE n.id IS UNIQUE;
CREATE INDEX resolution_decision_pair IF NOT EXISTS FOR (n:ResolutionDecision) ON (n.pair);
CREATE INDEX resolution_decision_left IF NOT EXISTS FOR (n:ResolutionDecision) ON (n.leftId);
CREATE INDEX resolution_decision_right IF NOT EXISTS FOR (n:ResolutionDecision) ON (n.rightId);
