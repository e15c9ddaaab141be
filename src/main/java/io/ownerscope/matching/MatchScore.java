package io.ownerscope.matching;

import java.util.List;
import java.util.Optional;

/**
 * How likely a candidate is the party a query describes, in [0, 1], with the features that made the score.
 */
public record MatchScore(double score, List<MatchFeature> features) {

    public MatchScore {
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("A score is in [0, 1]: " + score);
        }
        features = List.copyOf(features);
    }

    public boolean isMatch(double threshold) {
        return score >= threshold;
    }

    public Optional<MatchFeature> feature(String name) {
        return features.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
