// The designation marks are being rewritten from $startedAt on: the exposure index is set aside (stale) until a
// refresh computed after that time.
MATCH (index:ExposureIndex {id: 'hops-to-designated'})
SET index.designationsChangedAt = $startedAt
