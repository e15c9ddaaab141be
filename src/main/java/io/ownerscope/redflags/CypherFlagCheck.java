package io.ownerscope.redflags;

import java.util.HashMap;
import java.util.Map;

import io.ownerscope.graph.Cypher;
import org.neo4j.driver.TransactionContext;

/**
 * A flag decided in Cypher: the statement returns one row per entity with {@code id, raised, assessable, note,
 * evidence, sources}.
 */
final class CypherFlagCheck implements FlagCheck {

    private final RedFlag flag;
    private final String statement;

    CypherFlagCheck(RedFlag flag, String file) {
        this.flag = flag;
        this.statement = Cypher.load("redflags/" + file);
    }

    @Override
    public RedFlag flag() {
        return flag;
    }

    @Override
    public Map<String, FlagResult> check(TransactionContext tx, Map<String, Object> parameters) {
        var results = new HashMap<String, FlagResult>();
        tx.run(statement, parameters).forEachRemaining(row -> results.put(row.get("id").asString(),
                new FlagResult(flag, row.get("raised").asBoolean(false), row.get("assessable").asBoolean(false),
                        row.get("note").asString(null), row.get("evidence").asMap(),
                        row.get("sources").asList(value -> value.asString()).stream().distinct().toList())));
        return results;
    }
}
