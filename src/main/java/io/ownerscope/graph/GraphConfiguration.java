package io.ownerscope.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuerySettings.class)
class GraphConfiguration {

    /**
     * The driver logs through SLF4J, which asks whether a level is on before a message is made. Its default, the
     * platform's {@code System.Logger}, formats every Bolt message with its parameters for the debug log before the
     * logging system drops it: half the load command's processor time while it writes rows.
     */
    @Bean
    ConfigBuilderCustomizer driverLogging() {
        return config -> config.withLogging(Logging.slf4j());
    }

    /** Neo4j is reached once before any work, so that a Neo4j out of reach fails at once rather than after retries. */
    @Bean
    Graph graph(Driver driver, QuerySettings settings, Environment environment) {
        driver.verifyConnectivity();
        return new Graph(driver, settings, routed(environment.getProperty("spring.neo4j.uri", "")));
    }

    /** Whether the URI reaches a cluster through the driver's routing ({@code neo4j://}, {@code neo4j+s://}, ...). */
    static boolean routed(String uri) {
        return uri.strip().toLowerCase(java.util.Locale.ROOT).startsWith("neo4j");
    }

    @Bean
    SchemaMigrations schemaMigrations(Graph graph) {
        var migrations = new SchemaMigrations(graph);
        migrations.apply();
        return migrations;
    }
}
