package io.ownerscope.queries;

import io.ownerscope.testing.HarnessNeo4j;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The saved query API on a service configured with a Neo4j URI (the in-process harness). */
class QueryApiIT extends QueryApiContract {

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", () -> HarnessNeo4j.boltUri().toString());
    }
}
