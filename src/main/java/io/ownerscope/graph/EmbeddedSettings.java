package io.ownerscope.graph;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j that runs when no {@code spring.neo4j.uri} is configured. Bolt always asks for
 * a password.
 *
 * @param storePath where the store lives
 * @param boltPort the loopback Bolt port; 0 picks a free port
 * @param password the password of user {@code neo4j}; empty to have one generated at the store's first start and
 *        kept in the file {@code bolt-password} of the store
 */
@ConfigurationProperties("ownerscope.embedded")
public record EmbeddedSettings(
        @DefaultValue("./data/graph") Path storePath,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("") String password) {

    public boolean hasPassword() {
        return password != null && !password.isBlank();
    }

    @Override
    public String toString() {
        return "EmbeddedSettings[storePath=" + storePath + ", boltPort=" + boltPort + ", password="
                + (hasPassword() ? "(set)" : "(generated)") + "]";
    }
}
