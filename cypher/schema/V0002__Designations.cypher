// Designations computed by the whole-graph fixpoint (listed and derived, per regime).
CREATE CONSTRAINT designation_id IF NOT EXISTS FOR (n:Designation) REQUIRE n.id IS UNIQUE;
CREATE INDEX designation_regime IF NOT EXISTS FOR (n:Designation) ON (n.regime, n.basis);
