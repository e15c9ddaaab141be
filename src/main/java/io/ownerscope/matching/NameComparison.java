package io.ownerscope.matching;

import java.util.List;

/**
 * How two names compare.
 *
 * @param similarity the share of both names' letters that found a like word on the other side, weighted by how
 *        alike, in [0, 1]
 * @param pairs the words aligned, query side first
 * @param queryConflicts numbers and single letters of the query with no equal on the candidate side, when the
 *        candidate has such words of its own (Radiokomplekt-M and Radiokomplekt-2); empty otherwise
 * @param candidateConflicts the same on the candidate side
 */
record NameComparison(ParsedName query, ParsedName candidate, double similarity, List<Pair> pairs,
        List<String> queryConflicts, List<String> candidateConflicts) {

    record Pair(NameToken query, NameToken candidate, double similarity) {
    }

    boolean conflicts() {
        return !queryConflicts.isEmpty();
    }
}
