package io.ownerscope.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import io.ownerscope.OwnerscopeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The service as a user starts it: no Neo4j URI, so it runs its own Neo4j and loads the demo case. */
class EmbeddedServiceIT {

    @TempDir
    Path store;

    private ConfigurableApplicationContext start(String... settings) {
        var args = new String[settings.length + 3];
        args[0] = "--ownerscope.embedded.store-path=" + store;
        args[1] = "--ownerscope.embedded.bolt-port=0";
        args[2] = "--server.port=0";
        System.arraycopy(settings, 0, args, 3, settings.length);
        return SpringApplication.run(OwnerscopeApplication.class, args);
    }

    private static long count(ConfigurableApplicationContext service, String cypher) {
        Long n = service.getBean(Graph.class).read(tx -> tx.run(cypher).single().get("n").asLong());
        return n;
    }

    @Test
    void firstStartLoadsTheDemoCaseWhichOtherBoltClientsCanReadWithTheStoresPassword() throws Exception {
        long demoEntities;
        try (var service = start()) {
            var bolt = service.getBean(EmbeddedNeo4j.class).boltUri();
            assertThat(bolt.getHost()).isEqualTo("127.0.0.1");
            var password = Files.readString(store.resolve("bolt-password")).strip();
            try (var client = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", password))) {
                demoEntities = client.executableQuery("MATCH (e:Entity {dataset: 'demo'}) RETURN count(e) AS n")
                        .execute().records().getFirst().get("n").asLong();
                client.executableQuery("MATCH (e:Entity {dataset: 'demo'}) WITH e LIMIT 1 DETACH DELETE e")
                        .execute();
            }
        }
        assertThat(demoEntities).isGreaterThan(300);

        try (var restarted = start()) {
            long afterRestart = count(restarted, "MATCH (e:Entity {dataset: 'demo'}) RETURN count(e) AS n");
            assertThat(afterRestart).as("the demo loads only into an empty store").isEqualTo(demoEntities - 1);
        }
    }

    @Test
    void theDemoCaseCanBeTurnedOff() {
        try (var service = start("--ownerscope.demo.enabled=false")) {
            long entities = count(service, "MATCH (e:Entity) RETURN count(e) AS n");
            assertThat(entities).isZero();
        }
    }

    @Test
    void aConfiguredPasswordIsThatOfUserNeo4jAndTheServiceUsesIt() {
        try (var service = start("--ownerscope.embedded.password=s3cret-pass", "--ownerscope.demo.enabled=false")) {
            var bolt = service.getBean(EmbeddedNeo4j.class).boltUri();
            try (var anonymous = GraphDatabase.driver(bolt, AuthTokens.none())) {
                assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            try (var neo4j = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "s3cret-pass"))) {
                neo4j.verifyConnectivity();
            }
            assertThat(count(service, "RETURN 1 AS n")).isOne();
        }
        try (var again = start("--ownerscope.embedded.password=s3cret-pass", "--ownerscope.demo.enabled=false")) {
            assertThat(count(again, "RETURN 1 AS n")).as("the same password on a later start").isOne();
        }
    }

    @Test
    void aSecondProcessOnTheSameStoreIsToldToUseBolt() {
        try (var service = start("--ownerscope.demo.enabled=false")) {
            assertThatThrownBy(() -> EmbeddedNeo4j.start(new EmbeddedSettings(store, 0, "")))
                    .isInstanceOf(EmbeddedStoreLockedException.class)
                    .hasMessageContaining("is in use by another process")
                    .satisfies(locked -> assertThat(((EmbeddedStoreLockedException) locked).action())
                            .contains("--spring.neo4j.uri=bolt://localhost:"));
        }
    }
}
