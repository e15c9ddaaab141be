package io.ownerscope.graph;

import org.neo4j.driver.Driver;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuerySettings.class)
class GraphConfiguration {

    @Bean
    Graph graph(Driver driver, QuerySettings settings) {
        return new Graph(driver, settings);
    }

    @Bean
    SchemaMigrations schemaMigrations(Graph graph) {
        var migrations = new SchemaMigrations(graph);
        migrations.apply();
        return migrations;
    }
}
