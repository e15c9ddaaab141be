package io.ownerscope.queries;

import io.ownerscope.testing.ContainerNeo4j;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The saved query API on a service configured with the official Neo4j image, where Docker is available. */
@Testcontainers(disabledWithoutDocker = true)
class QueryApiContainerIT extends QueryApiContract {

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", () -> ContainerNeo4j.boltUri().toString());
    }
}
