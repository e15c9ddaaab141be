package io.ownerscope.ownership;

import java.time.LocalDate;
import java.util.List;

/**
 * Published after the designation marks have been rewritten (after a load, a change of identity links, or on
 * demand), so that what is derived from them (the exposure index) can be refreshed.
 */
public record DesignationsRecomputed(LocalDate asOf, List<String> regimes) {
}
