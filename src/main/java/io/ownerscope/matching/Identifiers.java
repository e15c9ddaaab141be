package io.ownerscope.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Compares the identifiers two records state, scheme by scheme. */
final class Identifiers {

    private Identifiers() {
    }

    /** An equal value of one scheme: it decides the match alone. */
    static Optional<MatchFeature> equal(List<MatchIdentifier> query, List<MatchIdentifier> candidate) {
        for (var a : query) {
            var valueA = a.normalized();
            if (valueA == null) {
                continue;
            }
            for (var b : candidate) {
                if (a.scheme().equals(b.scheme()) && valueA.equals(b.normalized())) {
                    var written = a.scheme() + ":" + valueA;
                    return Optional.of(new MatchFeature(MatchFeature.IDENTIFIER, 1, 1, written, written));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Schemes both sides state with no equal value: one tax number each, and different, is strong evidence of two
     * parties. Checked only when {@link #equal} found nothing.
     */
    static Optional<MatchFeature> mismatch(List<MatchIdentifier> query, List<MatchIdentifier> candidate) {
        var queryValues = new ArrayList<String>();
        var candidateValues = new ArrayList<String>();
        for (var a : query) {
            var valueA = a.normalized();
            for (var b : candidate) {
                var valueB = b.normalized();
                if (valueA != null && valueB != null && a.scheme().equals(b.scheme())) {
                    addOnce(queryValues, a.scheme() + ":" + valueA);
                    addOnce(candidateValues, b.scheme() + ":" + valueB);
                }
            }
        }
        if (queryValues.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MatchFeature(MatchFeature.IDENTIFIER_MISMATCH, Weights.IDENTIFIER_MISMATCH, 1,
                String.join(", ", queryValues), String.join(", ", candidateValues)));
    }

    private static void addOnce(List<String> values, String value) {
        if (!values.contains(value)) {
            values.add(value);
        }
    }
}
