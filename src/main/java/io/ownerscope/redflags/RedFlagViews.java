package io.ownerscope.redflags;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answers of the red-flag API. */
final class RedFlagViews {

    private RedFlagViews() {
    }

    /** One flag of one entity, with what raised it (or why it was not assessed) and the sources of those facts. */
    record FlagView(String flag, boolean raised, boolean assessable, double weight, String description, String basis,
            String note, Map<String, Object> evidence, List<String> sources) {

        static FlagView of(FlagResult result, double weight) {
            return new FlagView(result.flag().id(), result.raised(), result.assessable(), weight,
                    result.flag().description(), result.flag().basis(), result.note(), result.evidence(),
                    result.sources());
        }
    }

    /** A raised flag's part of the score. */
    @Schema(name = "RedFlagScoreComponent")
    record Component(String flag, double weight) {
    }

    record EntityRef(String id, String name, List<String> labels, String country, List<String> sources) {
    }

    /** Every flag of one entity and its score: the sum of the weights of the raised flags, shown as components. */
    record EntityRedFlags(EntityRef entity, LocalDate asOf, double score, List<Component> components,
            List<String> raised, List<FlagView> flags) {
    }

    /** A company of a ranking with its score, its components and the names of its raised flags. */
    record RankedCompany(int rank, String id, String name, double score, List<Component> components,
            List<String> flags) {
    }

    /**
     * The companies of a country with a score of at least {@code minScore}, highest first.
     *
     * @param companiesAssessed companies of the country whose flags were checked
     * @param truncated the country has more companies than the configured cap; those beyond it were not assessed
     * @param matching companies that reach {@code minScore} (before the limit)
     */
    record Ranking(String country, LocalDate asOf, double minScore, int limit, int companiesAssessed,
            boolean truncated, int matching, Map<String, Double> weights, List<RankedCompany> companies) {
    }
}
