package io.ownerscope.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ownerscope.matching.MatchFeature;

/** The answer of {@code POST /api/match}, in yente's shape, with each score's features explained. */
final class MatchResponses {

    private MatchResponses() {
    }

    /** @param limit the most results each query answers */
    record Response(Map<String, QueryResponse> responses, int limit, double threshold) {
    }

    record QueryResponse(int status, List<Result> results, Total total, Map<String, Object> query) {
    }

    record Total(long value, String relation) {
    }

    /**
     * One candidate.
     *
     * @param features each feature's value (0–1), as yente reports them
     * @param explanations each feature with its weight, its contribution to the score, and the query and candidate
     *        values that gave it
     */
    record Result(String id, String caption, String schema, Map<String, List<String>> properties,
            List<String> datasets, double score, boolean match, boolean listed, Map<String, Double> features,
            Map<String, Explanation> explanations) {
    }

    record Explanation(double weight, double value, double contribution, String query, String candidate) {
    }

    static Result result(Screening.Candidate candidate, double threshold) {
        var features = new LinkedHashMap<String, Double>();
        var explanations = new LinkedHashMap<String, Explanation>();
        for (MatchFeature feature : candidate.score().features()) {
            var explanation = new Explanation(feature.weight(), round(feature.value()), round(feature.contribution()),
                    feature.queryValue(), feature.candidateValue());
            // one explanation a feature: the one that weighed most
            var earlier = explanations.get(feature.name());
            if (earlier == null || Math.abs(earlier.contribution()) < Math.abs(explanation.contribution())) {
                explanations.put(feature.name(), explanation);
                features.put(feature.name(), round(feature.value()));
            }
        }
        var score = round(candidate.score().score());
        return new Result(candidate.id(), candidate.caption(), MatchKeys.ftmSchema(candidate.schema()),
                candidate.properties(), candidate.datasets(), score, candidate.score().isMatch(threshold),
                candidate.listed(), features, explanations);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
