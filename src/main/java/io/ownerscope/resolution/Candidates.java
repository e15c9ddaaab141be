package io.ownerscope.resolution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import tools.jackson.databind.json.JsonMapper;

/** The suggested pairs, best first, each with the features that made its score. */
class Candidates {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LIST = Cypher.load("resolution/list-candidates.cypher");
    private static final String COUNT = Cypher.load("resolution/count-candidates.cypher");

    /**
     * One suggested pair.
     *
     * @param judgement {@code unsure} when an analyst could not decide; absent when undecided
     * @param explanations the matcher's features: name, weight, value, and the query and candidate values
     */
    record Candidate(Map<String, Object> left, Map<String, Object> right, double score, String judgement,
            List<Map<String, Object>> explanations) {
    }

    record Page(List<Candidate> candidates, long total, int limit, int offset) {
    }

    private final Graph graph;

    Candidates(Graph graph) {
        this.graph = graph;
    }

    @SuppressWarnings("unchecked")
    Page list(double minScore, String dataset, String entity, int limit, int offset) {
        var parameters = new HashMap<String, Object>();
        parameters.put("minScore", minScore);
        parameters.put("dataset", dataset);
        parameters.put("entity", entity);
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        return graph.read(tx -> {
            var total = tx.run(COUNT, parameters).single().get("total").asLong();
            var candidates = tx.run(LIST, parameters).list(r -> new Candidate(r.get("left").asMap(),
                    r.get("right").asMap(), r.get("score").asDouble(), r.get("judgement").asString(null),
                    r.get("features").isNull() ? List.of()
                            : (List<Map<String, Object>>) (List<?>) JSON.readValue(r.get("features").asString(),
                                    List.class)));
            return new Page(candidates, total, limit, offset);
        });
    }
}
