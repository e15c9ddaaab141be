package io.ownerscope.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.ownerscope.ownership.OwnershipBenchmark.Measurement;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    @Test
    void everyIdIsTimedOnceAfterTheWarmUpAndFailuresAreCounted() {
        var calls = new ArrayList<String>();
        var measurement = Measurement.time("op", List.of("a", "b", "c"), 2, id -> {
            calls.add(id);
            if (id.equals("b")) {
                throw new IllegalStateException("timed out");
            }
        });

        assertThat(calls).containsExactly("a", "b", "a", "b", "c");
        assertThat(measurement.operation()).isEqualTo("op");
        assertThat(measurement.runs()).isEqualTo(3);
        assertThat(measurement.failures()).isOne();
        assertThat(measurement.p50()).isLessThanOrEqualTo(measurement.p95());
        assertThat(measurement.p95()).isLessThanOrEqualTo(measurement.max());
    }

    @Test
    void nothingToTimeGivesAnEmptyMeasurement() {
        assertThat(Measurement.time("op", List.of(), 5, id -> { }))
                .isEqualTo(new Measurement("op", 0, 0, 0, 0, 0, 0));
    }
}
