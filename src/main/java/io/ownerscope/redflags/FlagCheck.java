package io.ownerscope.redflags;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/** One red flag checked for a batch of entities in one query of a read transaction. */
interface FlagCheck {

    RedFlag flag();

    /**
     * The result for each id of {@code ids} that names an entity.
     *
     * @param parameters the parameters every red-flag statement may use ({@code $ids}, {@code $asOf}, ...)
     */
    Map<String, FlagResult> check(TransactionContext tx, Map<String, Object> parameters);

    @SuppressWarnings("unchecked")
    static List<String> ids(Map<String, Object> parameters) {
        return (List<String>) parameters.get("ids");
    }
}
