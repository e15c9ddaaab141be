package io.ownerscope.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.web.server.PortInUseException;

class StartFailureTest {

    @Test
    void aKnownCauseIsFoundUnderTheBeanThatFailed() {
        var failure = new BeanCreationException("graph", "failed",
                new ServiceUnavailableException("Unable to connect to localhost:7687, ensure the database is running"));

        assertThat(StartFailure.of(failure)).get().extracting(StartFailure::oneLine).asString()
                .startsWith("Neo4j cannot be reached: Unable to connect to localhost:7687")
                .contains("--spring.neo4j.uri=");
    }

    @Test
    void aBusyHttpPortNamesTheServerPortSetting() {
        assertThat(StartFailure.of(new PortInUseException(8080))).get().extracting(StartFailure::oneLine).asString()
                .isEqualTo("The HTTP port 8080 is in use by another process. Stop that process, or choose another "
                        + "port: --server.port=8081 (0 picks a free one).");
    }

    @Test
    void anyOtherFailureIsLeftToBoot() {
        assertThat(StartFailure.of(new IllegalStateException("x", new RuntimeException("y")))).isEmpty();
    }
}
