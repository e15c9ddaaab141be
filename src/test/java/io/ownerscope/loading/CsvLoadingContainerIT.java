package io.ownerscope.loading;

import io.ownerscope.testing.ContainerNeo4j;
import org.neo4j.driver.Driver;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The loader against the official Neo4j image, where Docker is available. */
@Testcontainers(disabledWithoutDocker = true)
class CsvLoadingContainerIT extends CsvLoadingContract {

    @Override
    Driver driver() {
        return ContainerNeo4j.driver();
    }
}
