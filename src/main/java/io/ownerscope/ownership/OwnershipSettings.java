package io.ownerscope.ownership;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the ownership analyses.
 *
 * @param threshold default minimum effective share (percent) an owner must reach to be listed
 * @param maxDepth the longest ownership chain followed
 * @param maxNodes the most parties one traversal collects
 * @param maxPaths the most paths summed for one answer
 * @param pathsShown paths returned per owner (the strongest first)
 * @param euInclusiveFrom from this date the EU rule is "50% or more", before it "more than 50%"
 * @param authorities per regime, the sanction authorities whose listings designate under it
 * @param recomputeTimeout time limit of each transaction of the whole-graph recompute
 */
@ConfigurationProperties("ownerscope.ownership")
record OwnershipSettings(
        @DefaultValue("25") double threshold,
        @DefaultValue("10") int maxDepth,
        @DefaultValue("20000") int maxNodes,
        @DefaultValue("20000") int maxPaths,
        @DefaultValue("10") int pathsShown,
        @DefaultValue("2024-07-01") LocalDate euInclusiveFrom,
        Map<String, List<String>> authorities,
        @DefaultValue("10m") Duration recomputeTimeout) {

    OwnershipSettings {
        authorities = authorities == null || authorities.isEmpty()
                ? Map.of("OFAC", List.of("OFAC"), "EU", List.of("EU"), "UK", List.of("UK", "OFSI"))
                : Map.copyOf(authorities);
    }

    List<String> authoritiesOf(Regime regime) {
        return authorities.getOrDefault(regime.name(), List.of(regime.name()));
    }
}
