package io.ownerscope.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import io.ownerscope.ownership.OwnershipBenchmark.Measurement;
import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.Csv;
import io.ownerscope.testing.RunningService;
import io.ownerscope.testing.TestGraphs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The owners and designation timings over HTTP, beside the plain queries over Bolt, on a chain of three. */
class OwnershipHttpBenchmarkIT extends RunningService {

    @Autowired
    OwnershipHttpBenchmark benchmark;

    @BeforeEach
    void chain() {
        TestGraphs.emptyGraph(driver);
        load(Csv.file("entities.csv", "id,type,name,country", "c0,company,Top,CY", "c1,company,Middle,CY",
                        "c2,company,Bottom,RU"),
                Csv.file("relationships.csv", "id,from_id,to_id,type,share", "r0,c0,c1,OWNS,100",
                        "r1,c1,c2,OWNS,60"));
    }

    @Test
    void timesEveryOperationOncePerCompanyOverTheSameService() {
        var ids = List.of("c2", "c1", "c0");

        var measurements = benchmark.measure(service(ApiClient.ADMIN_KEY), ids, Duration.ofSeconds(10));

        assertThat(measurements).extracting(Measurement::operation).containsExactly(
                "owners, threshold 1, over HTTP (ownerscope)",
                "owners: plain `(o)-[:OWNS*1..6]->(c {id: $id})`, share product, over Bolt",
                "owners: the same with labels `(o:Entity)...(c:Entity {id: $id})`, over Bolt",
                "designation OFAC over HTTP (ownerscope)",
                "designation OFAC: plain chain of 50% stakes from a listed party, over Bolt",
                "owners answers over HTTP: mean size in KiB (not a time)");
        assertThat(measurements).allSatisfy(m -> {
            assertThat(m.runs()).isEqualTo(3);
            assertThat(m.failures()).isZero();
        });
        assertThat(measurements.getLast().p50()).as("c2's answer names two owners and their paths").isPositive();
    }

    @Test
    void anAnswerOtherThan200CountsAsFailed() {
        var measurements = benchmark.measure(service("osk_not-a-key-of-this-service-at-all"), List.of("c2"),
                Duration.ofSeconds(10));

        assertThat(measurements.get(0).failures()).as("owners").isOne();
        assertThat(measurements.get(1).failures()).as("plain owners over Bolt").isZero();
        assertThat(measurements.get(3).failures()).as("designation").isOne();
    }

    private OwnershipHttpBenchmark.Service service(String key) {
        return new OwnershipHttpBenchmark.Service(URI.create("http://localhost:" + port), key);
    }
}
