// The exposure index's record of when and how it was computed: one node, however many processes refresh it.
CREATE CONSTRAINT exposure_index_id IF NOT EXISTS FOR (n:ExposureIndex) REQUIRE n.id IS UNIQUE;
