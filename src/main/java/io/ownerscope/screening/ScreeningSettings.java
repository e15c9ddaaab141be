package io.ownerscope.screening;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of screening.
 *
 * @param threshold score from which a candidate is a match (0–1); see docs/analysis/matching.md for its figures
 * @param candidates most candidates read from the name-key index per query, before scoring
 * @param maxQueries most queries in one {@code POST /api/match}
 * @param defaultLimit results per query by default
 * @param maxLimit most results per query a request may ask for
 * @param keyBatch entities keyed per write transaction
 * @param timeout time limit of each transaction of keying names
 * @param frequentKey most entities that may hold a name key for candidates to be looked up by it, when the name has
 *        a key held by fewer (see {@link FrequentKeys})
 */
@ConfigurationProperties("ownerscope.screening")
record ScreeningSettings(@DefaultValue("0.75") double threshold, @DefaultValue("100") int candidates,
        @DefaultValue("100") int maxQueries, @DefaultValue("5") int defaultLimit, @DefaultValue("100") int maxLimit,
        @DefaultValue("5000") int keyBatch, @DefaultValue("10m") Duration timeout,
        @DefaultValue("5000") int frequentKey) {

    ScreeningSettings {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("ownerscope.screening.threshold must be between 0 and 1, was "
                    + threshold);
        }
        if (candidates < 1 || maxQueries < 1 || defaultLimit < 1 || maxLimit < defaultLimit || keyBatch < 1 || frequentKey < 1) {
            throw new IllegalArgumentException("ownerscope.screening: candidates, max-queries, default-limit, "
                    + "key-batch and frequent-key must be at least 1, and max-limit at least default-limit");
        }
    }
}
