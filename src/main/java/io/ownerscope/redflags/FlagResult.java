package io.ownerscope.redflags;

import java.util.List;
import java.util.Map;

/**
 * What one red-flag check found for one entity.
 *
 * @param flag the red flag
 * @param raised whether the facts raise it
 * @param assessable whether the graph holds the facts the check needs; a flag that cannot be assessed is not raised
 * @param note why it could not be assessed, or what was left out (a hub not traversed); null when nothing to say
 * @param evidence the facts the check rests on (dates, addresses, counts, parties, shipments, paths)
 * @param sources the records of those facts, as {@code dataset:recordId}
 */
record FlagResult(RedFlag flag, boolean raised, boolean assessable, String note, Map<String, Object> evidence,
        List<String> sources) {
}
