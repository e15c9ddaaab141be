// The checksum of the Common High Priority List last written to the graph, if any.
OPTIONAL MATCH (list:ReferenceList {id: 'chpl'})
RETURN list.checksum AS checksum
