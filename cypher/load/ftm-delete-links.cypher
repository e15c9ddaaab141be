// Links this dataset wrote for FtM ids a delta deletes: their key is dataset:id.
MATCH ()-[r]->()
WHERE r.key IN $keys
DELETE r
RETURN count(*) AS removed
