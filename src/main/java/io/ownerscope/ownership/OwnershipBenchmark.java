package io.ownerscope.ownership;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import org.springframework.stereotype.Component;

/**
 * Times the ownership answers (owners, designation, whole-graph fixpoint) against the plain variable-length Cypher an
 * analyst would write for the same question.
 */
@Component
public class OwnershipBenchmark {

    private static final String NAIVE_OWNERS = Cypher.load("benchmark/naive-owners.cypher");
    private static final String NAIVE_DESIGNATION = Cypher.load("benchmark/naive-designation.cypher");
    private static final String NAIVE_WHOLE_GRAPH = Cypher.load("benchmark/naive-ofac-whole-graph.cypher");

    /** Latency figures of one operation, in milliseconds; failures are timeouts or errors. */
    public record Measurement(String operation, int runs, double p50, double p95, double p99, double max,
            int failures) {

        /**
         * Times {@code call} once per id after {@code warmup} untimed calls; a call that throws (a timeout, an error)
         * counts as a failure and its time still counts.
         */
        public static Measurement time(String operation, List<String> ids, int warmup, Consumer<String> call) {
            if (ids.isEmpty()) {
                return new Measurement(operation, 0, 0, 0, 0, 0, 0);
            }
            for (int i = 0; i < Math.min(warmup, ids.size()); i++) {
                try {
                    call.accept(ids.get(i));
                } catch (RuntimeException e) {
                    // a warm-up failure is counted when the same id is measured
                }
            }
            var millis = new double[ids.size()];
            int failures = 0;
            for (int i = 0; i < ids.size(); i++) {
                long start = System.nanoTime();
                try {
                    call.accept(ids.get(i));
                } catch (RuntimeException e) {
                    failures++;
                }
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            return of(operation, millis, failures);
        }

        /** The figures of calls that took {@code millis} each, {@code failures} of them failed. */
        public static Measurement of(String operation, double[] millis, int failures) {
            var sorted = millis.clone();
            Arrays.sort(sorted);
            return new Measurement(operation, sorted.length, percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), sorted[sorted.length - 1], failures);
        }

        /**
         * One untimed pass of every call over every id, so that no operation pays for warming the page cache for
         * the others; failures (timeouts, errors) are counted when the same id is measured.
         */
        public static void warmUp(List<String> ids, List<Consumer<String>> calls) {
            for (var id : ids) {
                for (var call : calls) {
                    try {
                        call.accept(id);
                    } catch (RuntimeException e) {
                        // counted when measured
                    }
                }
            }
        }

        private static double percentile(double[] sorted, int percentile) {
            int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }

    private final OwnershipService ownership;
    private final DesignationRecompute recompute;
    private final Graph graph;

    OwnershipBenchmark(OwnershipService ownership, DesignationRecompute recompute, Graph graph) {
        this.ownership = ownership;
        this.recompute = recompute;
        this.graph = graph;
    }

    /**
     * Times each operation on the same ids, after one untimed pass of every operation over them (a warm service:
     * the page cache holds what the ids reach, and the code is compiled), so that no operation pays for the others.
     */
    public List<Measurement> measure(List<String> ids, int warmup, Duration naiveTimeout) {
        var today = LocalDate.now();
        Consumer<String> owners = id -> ownership.owners(id, today, 25, false);
        Consumer<String> naiveOwners = id -> graph.read(tx -> tx.run(NAIVE_OWNERS,
                Map.of("id", id, "asOf", today)).list(), naiveTimeout);
        Consumer<String> designation = id -> ownership.designation(id, Regime.OFAC, today);
        Consumer<String> naiveDesignation = id -> graph.read(tx -> tx.run(NAIVE_DESIGNATION, Map.of("id", id)).list(),
                naiveTimeout);
        Measurement.warmUp(ids, List.of(owners, naiveOwners, designation, naiveDesignation));
        var results = new ArrayList<Measurement>();
        results.add(Measurement.time("owners (ownerscope)", ids, warmup, owners));
        results.add(Measurement.time("owners (naive Cypher)", ids, warmup, naiveOwners));
        results.add(Measurement.time("designation OFAC (ownerscope)", ids, warmup, designation));
        results.add(Measurement.time("designation OFAC (naive Cypher)", ids, warmup, naiveDesignation));
        results.add(Measurement.time("whole-graph OFAC fixpoint (ownerscope)", List.of("all"), 0,
                id -> recompute.recompute(Regime.OFAC, today)));
        results.add(Measurement.time("whole-graph OFAC (naive Cypher)", List.of("all"), 0,
                id -> graph.read(tx -> tx.run(NAIVE_WHOLE_GRAPH).list(), naiveTimeout)));
        return results;
    }

}
