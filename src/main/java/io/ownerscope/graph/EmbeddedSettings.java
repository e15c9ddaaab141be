package io.ownerscope.graph;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j that runs when no {@code spring.neo4j.uri} is configured.
 *
 * @param storePath where the store lives
 * @param boltPort the loopback Bolt port; 0 picks a free port
 * @param password empty for no authentication, otherwise the password of user {@code neo4j}
 */
@ConfigurationProperties("ownerscope.embedded")
public record EmbeddedSettings(
        @DefaultValue("./data/graph") Path storePath,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("") String password) {

    public boolean authenticationEnabled() {
        return password != null && !password.isBlank();
    }
}
