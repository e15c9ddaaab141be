package io.ownerscope.graph;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Neo4j and points Boot's Driver at it, with the store's credentials, unless
 * {@code spring.neo4j.uri} names a server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoNeo4jUriConfigured.class)
@EnableConfigurationProperties(EmbeddedSettings.class)
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedSettings settings) {
        return EmbeddedNeo4j.start(settings);
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return neo4j.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return neo4j.authToken();
            }
        };
    }
}
