package io.ownerscope.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import io.ownerscope.testing.HarnessNeo4j;
import org.junit.jupiter.api.Test;

/** A graph that passes bookmarks (as on a cluster) reads its own writes, and reads stay read transactions. */
class CausalGraphIT {

    private final Graph graph = new Graph(HarnessNeo4j.driver(),
            new QuerySettings("neo4j", Duration.ofSeconds(30), 500), true);

    @Test
    void aReadAfterAWriteSeesIt() {
        graph.write(tx -> tx.run("MERGE (n:CausalProbe {id: 'p'}) SET n.seen = $now",
                Map.of("now", 42L)).consume());

        var seen = graph.read(tx -> tx.run("MATCH (n:CausalProbe {id: 'p'}) RETURN n.seen AS seen").single()
                .get("seen").asLong());
        graph.write(tx -> tx.run("MATCH (n:CausalProbe) DELETE n").consume());

        assertThat(seen).isEqualTo(42L);
    }

    @Test
    void aReadCannotWrite() {
        var refused = org.assertj.core.api.Assertions.catchThrowable(() -> graph.read(tx ->
                tx.run("CREATE (:CausalProbe {id: 'q'})").consume()));

        assertThat(refused).as("a read transaction goes to a follower, which cannot write").isNotNull();
    }
}
