package io.ownerscope.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Aligns the words of two names whatever their order ("IVANOV, Sergey" and "Sergey Ivanov"): the most alike pair
 * first, then the next among the words left, as long as a pair is alike enough to be the same word spelt
 * differently. The similarity is the share of letters, on both sides, that were aligned, each pair counted by
 * how alike it is.
 */
final class TokenAlignment {

    /** Below this two words are different words, not spellings of one: Trade and Tech are 0.34, Kazak/Kazah 0.86. */
    static final double SAME_WORD = 0.75;

    /**
     * A person's unaligned words weigh this much when every word of the shorter name was aligned and it has at
     * least two: a patronymic or middle name one record leaves out should not sink the match.
     */
    static final double OPTIONAL_WORD = 0.25;

    /** Names split or joined differently (Dalatreid, Dala Treid) are compared whole, a little below an alignment. */
    static final double JOINED = 0.95;

    private TokenAlignment() {
    }

    static NameComparison compare(ParsedName query, ParsedName candidate, boolean person) {
        var q = query.tokens();
        var c = candidate.tokens();
        boolean withoutVowels = query.withoutVowels() || candidate.withoutVowels();
        var options = new ArrayList<NameComparison.Pair>();
        for (var a : q) {
            for (var b : c) {
                double similarity = TokenSimilarity.of(a, b, person, withoutVowels);
                if (similarity >= SAME_WORD) {
                    options.add(new NameComparison.Pair(a, b, similarity));
                }
            }
        }
        options.sort(Comparator.comparingDouble(NameComparison.Pair::similarity).reversed());
        var pairs = new ArrayList<NameComparison.Pair>();
        var freeQuery = new ArrayList<>(q);
        var freeCandidate = new ArrayList<>(c);
        for (var option : options) {
            // identity, not equality: a name may hold one word twice
            if (containsSame(freeQuery, option.query()) && containsSame(freeCandidate, option.candidate())) {
                pairs.add(option);
                removeSame(freeQuery, option.query());
                removeSame(freeCandidate, option.candidate());
            }
        }
        double similarity = Math.max(aligned(q, c, pairs, freeQuery, freeCandidate, person), joined(query, candidate));
        var queryConflicts = distinctive(freeQuery);
        var candidateConflicts = distinctive(freeCandidate);
        if (queryConflicts.isEmpty() || candidateConflicts.isEmpty()) {
            queryConflicts = List.of();
            candidateConflicts = List.of();
        }
        return new NameComparison(query, candidate, similarity, List.copyOf(pairs), queryConflicts,
                candidateConflicts);
    }

    private static double aligned(List<NameToken> q, List<NameToken> c, List<NameComparison.Pair> pairs,
            List<NameToken> freeQuery, List<NameToken> freeCandidate, boolean person) {
        double matched = 0;
        for (var pair : pairs) {
            matched += pair.similarity() * (weight(pair.query()) + weight(pair.candidate()));
        }
        boolean shorterAllAligned = (freeQuery.isEmpty() && q.size() >= 2) || (freeCandidate.isEmpty()
                && c.size() >= 2);
        double unalignedFactor = person && shorterAllAligned ? OPTIONAL_WORD : 1.0;
        double unaligned = unalignedFactor * (weight(freeQuery) + weight(freeCandidate));
        double alignedWeight = 0;
        for (var pair : pairs) {
            alignedWeight += weight(pair.query()) + weight(pair.candidate());
        }
        double total = alignedWeight + unaligned;
        return total == 0 ? 0 : matched / total;
    }

    /** Both names' letters run together, for words split or joined differently; only when the counts differ. */
    private static double joined(ParsedName query, ParsedName candidate) {
        if (query.tokens().size() == candidate.tokens().size()) {
            return 0;
        }
        var a = query.tokens().stream().map(NameToken::skeleton).collect(Collectors.joining());
        var b = candidate.tokens().stream().map(NameToken::skeleton).collect(Collectors.joining());
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        double similarity = ratio(a, b);
        if (query.withoutVowels() || candidate.withoutVowels()) {
            // عبد الله is bd allh, Abdullah one word: only their consonants meet
            similarity = Math.max(similarity, TokenSimilarity.CONSONANTS_CAP * ratio(TokenSimilarity.consonants(a),
                    TokenSimilarity.consonants(b)));
        }
        return JOINED * similarity;
    }

    private static double ratio(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 0 : 1.0 - (double) LevenshteinDistance.getDefaultInstance().apply(a, b) / longer;
    }

    /** A word weighs its letters, so that a long surname counts more than an initial. */
    private static double weight(NameToken token) {
        return Math.max(1, token.skeleton().length());
    }

    private static double weight(List<NameToken> tokens) {
        return tokens.stream().mapToDouble(TokenAlignment::weight).sum();
    }

    private static List<String> distinctive(List<NameToken> tokens) {
        return tokens.stream().filter(NameToken::isDistinctive).map(NameToken::latin).toList();
    }

    private static boolean containsSame(List<NameToken> tokens, NameToken token) {
        return tokens.stream().anyMatch(t -> t == token);
    }

    private static void removeSame(List<NameToken> tokens, NameToken token) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) == token) {
                tokens.remove(i);
                return;
            }
        }
    }
}
