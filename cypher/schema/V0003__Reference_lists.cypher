// Reference lists (the Common High Priority List) and the CHPL tier of shipments.
CREATE CONSTRAINT reference_list_id IF NOT EXISTS FOR (n:ReferenceList) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT chpl_code_hs6 IF NOT EXISTS FOR (n:ChplCode) REQUIRE n.hs6 IS UNIQUE;
CREATE INDEX shipment_chpl_tier IF NOT EXISTS FOR (n:Shipment) ON (n.chplTier);
