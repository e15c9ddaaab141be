package io.ownerscope.graph;

import org.neo4j.driver.Driver;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuerySettings.class)
class GraphConfiguration {

    /** Neo4j is reached once before any work, so that a Neo4j out of reach fails at once rather than after retries. */
    @Bean
    Graph graph(Driver driver, QuerySettings settings) {
        driver.verifyConnectivity();
        return new Graph(driver, settings);
    }

    @Bean
    SchemaMigrations schemaMigrations(Graph graph) {
        var migrations = new SchemaMigrations(graph);
        migrations.apply();
        return migrations;
    }
}
