package io.ownerscope.chains;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.ownership.OwnershipBenchmark.Measurement;
import org.springframework.stereotype.Component;

/**
 * Times the chain search through one intermediary against the plain variable-length Cypher an analyst would write
 * for the same question ({@code cypher/benchmark/naive-chains.cypher}).
 */
@Component
public class ChainsBenchmark {

    private static final String INTERMEDIARIES = Cypher.load("chains/intermediaries.cypher");
    private static final String NAIVE_CHAINS = Cypher.load("benchmark/naive-chains.cypher");

    private final ChainsService chains;
    private final ChainsSettings settings;
    private final Graph graph;

    ChainsBenchmark(ChainsService chains, ChainsSettings settings, Graph graph) {
        this.chains = chains;
        this.settings = settings;
        this.graph = graph;
    }

    /**
     * Up to {@code count} intermediaries to time: parties in the intermediary countries that receive shipments and
     * ship on to a destination country. None when the graph has no shipments.
     */
    public List<String> intermediaries(int count, Duration timeout) {
        var parameters = new HashMap<String, Object>();
        parameters.put("intermediaryCountries", settings.intermediaryCountries());
        parameters.put("destinationCountries", settings.destinationCountries());
        parameters.put("maxIntermediaries", count);
        return graph.read(tx -> tx.run(INTERMEDIARIES, parameters).list(r -> r.get("id").asString()), timeout);
    }

    /** Times both on the same intermediaries, after one untimed pass of both over them; no ids, no runs. */
    public List<Measurement> measure(List<String> intermediaryIds, int warmup, Duration naiveTimeout) {
        Consumer<String> ownerscope = chains::countThrough;
        Consumer<String> naive = id -> graph.read(tx -> tx.run(NAIVE_CHAINS, Map.of("id", id)).list(), naiveTimeout);
        Measurement.warmUp(intermediaryIds, List.of(ownerscope, naive));
        var results = new ArrayList<Measurement>();
        results.add(Measurement.time("chains through one intermediary (ownerscope)", intermediaryIds, warmup,
                ownerscope));
        results.add(Measurement.time("chains through one intermediary (naive Cypher)", intermediaryIds, warmup,
                naive));
        return results;
    }

}
