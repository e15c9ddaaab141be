package io.ownerscope.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Concurrent API clients over HTTP, each sending one request after another: an entity, a name search, its owners
 * and its exposure in turn, on entities drawn from a sample, with a client-side time limit a request.
 */
final class ApiClients {

    /** The mix each client cycles through. */
    enum Operation { entity, search, owners, exposure }

    /**
     * @param failures answers other than 2xx, and requests that failed to connect or read
     * @param timeouts requests without an answer within the client's time limit
     * @param byOperation each operation's p50 and p99 of its answers, in ms, and its timeouts
     */
    record Figures(long requests, double seconds, double p50, double p95, double p99, double max, long failures,
            long timeouts, long gatewayTimeouts, Map<Operation, double[]> byOperation) {

        double perSecond() {
            return requests / seconds;
        }
    }

    private final URI base;
    private final String apiKey;
    private final List<String> ids;
    private final Duration timeout;
    private final HttpClient http;

    ApiClients(URI base, String apiKey, List<String> ids, Duration timeout) {
        this.base = base;
        this.apiKey = apiKey;
        this.ids = ids;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Runs {@code clients} clients for at least {@code minimum} and until {@code done} says so. */
    Figures run(int clients, Duration minimum, BooleanSupplier done) throws InterruptedException {
        var latencies = new ConcurrentLinkedQueue<Double>();
        var latenciesOf = new EnumMap<Operation, ConcurrentLinkedQueue<Double>>(Operation.class);
        for (var operation : Operation.values()) {
            latenciesOf.put(operation, new ConcurrentLinkedQueue<>());
        }
        var timeoutsOf = new EnumMap<Operation, AtomicLong>(Operation.class);
        for (var operation : Operation.values()) {
            timeoutsOf.put(operation, new AtomicLong());
        }
        var failures = new AtomicLong();
        var timeouts = new AtomicLong();
        var gatewayTimeouts = new AtomicLong();
        long start = System.nanoTime();
        long minimumEnd = start + minimum.toNanos();
        var stop = new AtomicBoolean();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                var random = new SplittableRandom(c);
                int first = c;
                executor.submit(() -> {
                    for (long n = first; !stop.get(); n++) {
                        var operation = Operation.values()[(int) (n % Operation.values().length)];
                        var request = request(operation, ids.get(random.nextInt(ids.size())));
                        long sent = System.nanoTime();
                        try {
                            var response = http.send(request, HttpResponse.BodyHandlers.discarding());
                            latencies.add((System.nanoTime() - sent) / 1e6);
                            latenciesOf.get(operation).add((System.nanoTime() - sent) / 1e6);
                            if (response.statusCode() == 504) {
                                gatewayTimeouts.incrementAndGet();
                            }
                            if (response.statusCode() / 100 != 2) {
                                failures.incrementAndGet();
                            }
                        } catch (HttpTimeoutException e) {
                            latencies.add((System.nanoTime() - sent) / 1e6);
                            timeouts.incrementAndGet();
                            timeoutsOf.get(operation).incrementAndGet();
                        } catch (IOException e) {
                            latencies.add((System.nanoTime() - sent) / 1e6);
                            failures.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                });
            }
            while (System.nanoTime() < minimumEnd || !done.getAsBoolean()) {
                Thread.sleep(200);
            }
            stop.set(true);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        var byOperation = new EnumMap<Operation, double[]>(Operation.class);
        latenciesOf.forEach((operation, times) -> {
            double[] each = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            byOperation.put(operation, new double[] {percentile(each, 50), percentile(each, 99),
                timeoutsOf.get(operation).get()});
        });
        return new Figures(sorted.length, seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1], failures.get(),
                timeouts.get(), gatewayTimeouts.get(), byOperation);
    }

    private HttpRequest request(Operation operation, String id) {
        var entity = "/api/entities/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        var path = switch (operation) {
            case entity -> entity;
            case search -> "/api/entities?name=" + URLEncoder.encode("Company " + id.replaceAll("\\D", ""),
                    StandardCharsets.UTF_8);
            case owners -> entity + "/owners?threshold=1";
            case exposure -> entity + "/exposure";
        };
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("X-API-Key", apiKey).GET().build();
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
