// The plain load a new user writes, for comparison: one uniqueness constraint on a label of its own.
CREATE CONSTRAINT plain_company_id IF NOT EXISTS FOR (c:PlainCompany) REQUIRE c.id IS UNIQUE
