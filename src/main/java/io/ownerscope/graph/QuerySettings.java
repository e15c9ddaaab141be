package io.ownerscope.graph;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits every query runs under.
 *
 * @param database the Neo4j database to use
 * @param timeout transaction timeout of each read or write
 * @param maxRows cap on rows an API read returns
 */
@ConfigurationProperties("ownerscope.query")
public record QuerySettings(
        @DefaultValue("neo4j") String database,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("500") int maxRows) {
}
