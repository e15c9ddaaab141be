// Search by identifier reads each scheme's own index; IMO numbers were the one scheme without one.
CREATE INDEX entity_imo IF NOT EXISTS FOR (n:Entity) ON (n.imo);
