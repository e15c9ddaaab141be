package io.ownerscope.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
