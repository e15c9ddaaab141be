// The entities a load run wrote, for what runs after it (the name keys) to read only those.
CREATE INDEX entity_load_run IF NOT EXISTS FOR (n:Entity) ON (n.loadRun);
// The keys names are matched on across scripts and spellings (transliterated skeletons, phonetic and consonant keys),
// one word each: screening reaches its candidates in one read of this index.
CREATE FULLTEXT INDEX entity_match_keys IF NOT EXISTS FOR (n:Entity) ON EACH [n.matchKeys]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
