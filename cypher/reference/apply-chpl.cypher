// Writes the Common High Priority List as (:ChplCode) nodes and gives every shipment the tier of its HS-6 code.
// Codes dropped from the list lose their node, and their shipments their tier.
MERGE (list:ReferenceList {id: 'chpl'})
SET list.name = $name, list.version = $version, list.source = $source, list.checksum = $checksum,
    list.appliedAt = datetime()
WITH list
CALL () {
  MATCH (dropped:ChplCode) WHERE NOT dropped.hs6 IN $hs6Codes
  OPTIONAL MATCH (shipment:Shipment {hs6: dropped.hs6})
  REMOVE shipment.chplTier
  WITH DISTINCT dropped
  DETACH DELETE dropped
}
CALL () {
  UNWIND $codes AS code
  MERGE (c:ChplCode {hs6: code.hs6})
  SET c.tier = code.tier, c.version = $version, c.source = $source
  WITH code
  MATCH (shipment:Shipment {hs6: code.hs6})
  WHERE shipment.chplTier IS NULL OR shipment.chplTier <> code.tier
  SET shipment.chplTier = code.tier
}
RETURN list.version AS version
