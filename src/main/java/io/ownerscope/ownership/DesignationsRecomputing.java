package io.ownerscope.ownership;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Published before the designation marks are rewritten, so that what is derived from them (the exposure index) is
 * set aside until {@link DesignationsRecomputed} says the new marks are all written.
 *
 * @param startedAt when the rewrite began
 */
public record DesignationsRecomputing(ZonedDateTime startedAt, List<String> regimes) {
}
