package io.ownerscope.testing;

import java.net.URI;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/** One in-process Neo4j (neo4j-harness, Bolt only) shared by every integration test of a JVM. */
public final class HarnessNeo4j {

    private static Neo4j neo4j;
    private static Driver driver;

    private HarnessNeo4j() {
    }

    public static synchronized URI boltUri() {
        if (neo4j == null) {
            neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
            Runtime.getRuntime().addShutdownHook(new Thread(HarnessNeo4j::close));
        }
        return neo4j.boltURI();
    }

    public static synchronized Driver driver() {
        if (driver == null) {
            driver = GraphDatabase.driver(boltUri(), AuthTokens.none());
        }
        return driver;
    }

    private static synchronized void close() {
        if (driver != null) {
            driver.close();
        }
        neo4j.close();
    }
}
