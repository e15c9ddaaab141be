package io.ownerscope.benchmark;

import java.net.URI;
import java.util.List;

import io.ownerscope.graph.EmbeddedSettings;
import io.ownerscope.graph.ServiceBolt;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The Bolt connector the benchmark's graph is reached on, for the runs that connect as a user does (the plain
 * driver load, the load command in a JVM of its own): the configured URI, or the embedded store's connector.
 */
record BoltTarget(URI uri, String user, String password) {

    static BoltTarget of(Environment environment) {
        var uri = environment.getProperty("spring.neo4j.uri");
        if (StringUtils.hasText(uri)) {
            return new BoltTarget(URI.create(uri),
                    environment.getProperty("spring.neo4j.authentication.username", "neo4j"),
                    environment.getProperty("spring.neo4j.authentication.password", ""));
        }
        var settings = Binder.get(environment).bindOrCreate("ownerscope.embedded", EmbeddedSettings.class);
        var bolt = ServiceBolt.on(settings.storePath(), settings.password()).orElseThrow(() -> new IllegalStateException(
                "the embedded store's Bolt connector is not running (" + settings.storePath() + ")"));
        return new BoltTarget(bolt.uri(), bolt.user(), bolt.password());
    }

    /** The settings that point a command at this connector. */
    List<String> settings() {
        return List.of("--spring.neo4j.uri=" + uri, "--spring.neo4j.authentication.username=" + user,
                "--spring.neo4j.authentication.password=" + password);
    }
}
