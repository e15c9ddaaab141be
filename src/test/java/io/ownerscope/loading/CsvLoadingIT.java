package io.ownerscope.loading;

import io.ownerscope.testing.HarnessNeo4j;
import org.neo4j.driver.Driver;

/** The loader against the in-process Neo4j harness. */
class CsvLoadingIT extends CsvLoadingContract {

    @Override
    Driver driver() {
        return HarnessNeo4j.driver();
    }
}
