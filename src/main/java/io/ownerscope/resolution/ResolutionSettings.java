package io.ownerscope.resolution;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of entity resolution.
 *
 * @param candidateScore score from which two records of different datasets are suggested as one entity
 * @param block records of other datasets each record is compared with (those sharing most name keys)
 * @param batch records whose blocks are read in one round trip
 * @param autoAcceptScore score from which a suggested pair is joined without a decision, recorded as decided by the
 *        rule; empty: never (a different decision still wins)
 * @param actor who decides when a request names nobody (until the API has users)
 * @param timeout time limit of each transaction
 */
@ConfigurationProperties("ownerscope.resolution")
record ResolutionSettings(@DefaultValue("0.7") double candidateScore, @DefaultValue("20") int block,
        @DefaultValue("500") int batch, Double autoAcceptScore, @DefaultValue("analyst") String actor,
        @DefaultValue("10m") Duration timeout) {

    ResolutionSettings {
        if (candidateScore < 0 || candidateScore > 1 || (autoAcceptScore != null
                && (autoAcceptScore < candidateScore || autoAcceptScore > 1))) {
            throw new IllegalArgumentException("ownerscope.resolution: candidate-score must be between 0 and 1, and "
                    + "auto-accept-score between candidate-score and 1");
        }
        if (block < 1 || batch < 1) {
            throw new IllegalArgumentException("ownerscope.resolution: block and batch must be at least 1");
        }
    }
}
