package io.ownerscope.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logging;
import org.slf4j.LoggerFactory;

class GraphConfigurationTest {

    @Test
    void aRoutingUriReachesAClusterWhereReadsWaitForEarlierWrites() {
        assertThat(GraphConfiguration.routed("neo4j://cluster.example:7687")).isTrue();
        assertThat(GraphConfiguration.routed("neo4j+s://xxxx.databases.neo4j.io")).isTrue();
        assertThat(GraphConfiguration.routed(" NEO4J+SSC://db:7687")).isTrue();
    }

    @Test
    void oneServerOrTheEmbeddedStoreNeedsNoBookmarks() {
        assertThat(GraphConfiguration.routed("bolt://localhost:7687")).isFalse();
        assertThat(GraphConfiguration.routed("bolt+s://db.example:7687")).isFalse();
        assertThat(GraphConfiguration.routed("")).isFalse();
    }

    /** A message argument that counts how often it is made into text. */
    private static Object counting(AtomicInteger made) {
        return new Object() {
            @Override
            public String toString() {
                made.incrementAndGet();
                return "RUN {rows: [...]}";
            }
        };
    }

    @Test
    void theDriverMakesNoDebugMessageWhileTheDebugLogIsOff() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.neo4j.driver")).setLevel(Level.INFO);
        var builder = Config.builder();
        new GraphConfiguration().driverLogging().customize(builder);
        var made = new AtomicInteger();

        builder.build().logging().getLog("org.neo4j.driver.test").debug("C: %s", counting(made));
        var byDefault = new AtomicInteger();
        Logging.systemLogging().getLog("org.neo4j.driver.test").debug("C: %s", counting(byDefault));

        assertThat(made).hasValue(0);
        assertThat(byDefault).as("the platform logger formats before it asks the level").hasValue(1);
    }
}
