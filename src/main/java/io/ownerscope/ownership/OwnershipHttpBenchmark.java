package io.ownerscope.ownership;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.ownership.OwnershipBenchmark.Measurement;
import org.springframework.stereotype.Component;

/**
 * Times the owners and designation answers as a user gets them, over HTTP from a running service (security, audit
 * and JSON included), side by side with the plain Cypher a user would run over Bolt against the same service's
 * Neo4j. The calls of each company are made one after the other, the order rotating from one company to the next,
 * so that every operation meets the same load on a shared machine.
 */
@Component
public class OwnershipHttpBenchmark {

    private static final String PLAIN_OWNERS = Cypher.load("benchmark/plain-owners-as-written.cypher");
    private static final String PLAIN_OWNERS_INDEXED = Cypher.load("benchmark/plain-owners-indexed.cypher");
    private static final String NAIVE_DESIGNATION = Cypher.load("benchmark/naive-designation.cypher");
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(30);

    private final Graph graph;

    OwnershipHttpBenchmark(Graph graph) {
        this.graph = graph;
    }

    /** A running service and the API key to call it with (any role reads). */
    public record Service(URI base, String apiKey) {
    }

    /**
     * Times each operation once per id after one untimed pass of every operation over all ids. Returns the
     * measurements in a fixed order: owners over HTTP, the plain owners query as written and with labels,
     * designation over HTTP, the plain designation query; then the mean size of the owners answers.
     */
    public List<Measurement> measure(Service service, List<String> ids, Duration naiveTimeout) {
        var http = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).build();
        long[] ownersBytes = {0};
        var operations = new LinkedHashMap<String, Consumer<String>>();
        operations.put("owners, threshold 1, over HTTP (ownerscope)",
                id -> ownersBytes[0] += get(http, service, "/api/entities/" + encode(id) + "/owners?threshold=1"));
        operations.put("owners: plain `(o)-[:OWNS*1..6]->(c {id: $id})`, share product, over Bolt",
                id -> graph.read(tx -> tx.run(PLAIN_OWNERS, Map.of("id", id)).list(), naiveTimeout));
        operations.put("owners: the same with labels `(o:Entity)...(c:Entity {id: $id})`, over Bolt",
                id -> graph.read(tx -> tx.run(PLAIN_OWNERS_INDEXED, Map.of("id", id)).list(), naiveTimeout));
        operations.put("designation OFAC over HTTP (ownerscope)",
                id -> get(http, service, "/api/entities/" + encode(id) + "/designation?regime=OFAC"));
        operations.put("designation OFAC: plain chain of 50% stakes from a listed party, over Bolt",
                id -> graph.read(tx -> tx.run(NAIVE_DESIGNATION, Map.of("id", id)).list(), naiveTimeout));
        var calls = List.copyOf(operations.values());
        Measurement.warmUp(ids, calls);
        ownersBytes[0] = 0;
        var millis = new double[calls.size()][ids.size()];
        var failures = new int[calls.size()];
        for (int i = 0; i < ids.size(); i++) {
            for (int k = 0; k < calls.size(); k++) {
                int op = (i + k) % calls.size();
                long start = System.nanoTime();
                try {
                    calls.get(op).accept(ids.get(i));
                } catch (RuntimeException e) {
                    failures[op]++;
                }
                millis[op][i] = (System.nanoTime() - start) / 1e6;
            }
        }
        var names = List.copyOf(operations.keySet());
        var results = new ArrayList<Measurement>();
        for (int op = 0; op < calls.size(); op++) {
            results.add(Measurement.of(names.get(op), millis[op], failures[op]));
        }
        results.add(new Measurement("owners answers over HTTP: mean size in KiB (not a time)", ids.size(),
                ownersBytes[0] / 1024.0 / ids.size(), 0, 0, 0, 0));
        return results;
    }

    /** The size of the body of a {@code GET} that must answer 200. */
    private static long get(HttpClient http, Service service, String path) {
        var request = HttpRequest.newBuilder(service.base().resolve(path)).timeout(HTTP_TIMEOUT)
                .header("X-API-Key", service.apiKey()).header("Accept", "application/json").GET().build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body().length;
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
