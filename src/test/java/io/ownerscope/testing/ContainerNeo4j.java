package io.ownerscope.testing;

import java.net.URI;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The official Neo4j image of the same version as the embedded one, started once per JVM on first use; only
 * used by tests that are skipped when no Docker engine is available.
 */
public final class ContainerNeo4j {

    public static final String IMAGE = "neo4j:2026.08.1-community";

    private static Neo4jContainer container;
    private static Driver driver;

    private ContainerNeo4j() {
    }

    public static synchronized URI boltUri() {
        if (container == null) {
            container = new Neo4jContainer(IMAGE).withoutAuthentication();
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        }
        return URI.create(container.getBoltUrl());
    }

    public static synchronized Driver driver() {
        if (driver == null) {
            driver = GraphDatabase.driver(boltUri(), AuthTokens.none());
        }
        return driver;
    }
}
