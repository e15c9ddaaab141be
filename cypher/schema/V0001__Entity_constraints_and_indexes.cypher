// Every node that a source names carries the source's id, unique per label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT address_id IF NOT EXISTS FOR (n:Address) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sanction_id IF NOT EXISTS FOR (n:Sanction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT shipment_id IF NOT EXISTS FOR (n:Shipment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT load_run_id IF NOT EXISTS FOR (n:LoadRun) REQUIRE n.id IS UNIQUE;

// Name search over names and aliases (Latin and Cyrillic alike).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];

// Strong identifiers that link records across sources.
CREATE INDEX entity_inn IF NOT EXISTS FOR (n:Entity) ON (n.inn);
CREATE INDEX entity_ogrn IF NOT EXISTS FOR (n:Entity) ON (n.ogrn);
CREATE INDEX entity_bin IF NOT EXISTS FOR (n:Entity) ON (n.bin);
CREATE INDEX entity_lei IF NOT EXISTS FOR (n:Entity) ON (n.lei);
CREATE INDEX entity_registration_number IF NOT EXISTS FOR (n:Entity) ON (n.registrationNumber);
CREATE INDEX entity_country IF NOT EXISTS FOR (n:Entity) ON (n.country);

CREATE INDEX address_normalized IF NOT EXISTS FOR (n:Address) ON (n.normalized);
CREATE INDEX sanction_authority IF NOT EXISTS FOR (n:Sanction) ON (n.authority);
CREATE INDEX shipment_date IF NOT EXISTS FOR (n:Shipment) ON (n.date);
CREATE INDEX shipment_hs6 IF NOT EXISTS FOR (n:Shipment) ON (n.hs6);
