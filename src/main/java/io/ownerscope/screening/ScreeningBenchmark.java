package io.ownerscope.screening;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.matching.MatchRecord;
import io.ownerscope.ownership.OwnershipBenchmark.Measurement;
import org.springframework.stereotype.Component;

/**
 * Times screening one name against the graph (the name-key index read and every candidate scored), as spelled in
 * the graph and misspelled, beside the plain full-text search an analyst would write.
 */
@Component
public class ScreeningBenchmark {

    private static final String NAIVE = Cypher.load("benchmark/naive-screening.cypher");

    private final Graph graph;
    private final Screening screening;
    private final NameIndex names;

    ScreeningBenchmark(Graph graph, Screening screening, NameIndex names) {
        this.graph = graph;
        this.screening = screening;
        this.names = names;
    }

    /** @param ids the entities whose names are screened */
    public List<Measurement> measure(List<String> ids, int warmup, Duration naiveTimeout) {
        names.catchUp();
        var sampled = new ArrayList<String>();
        for (var id : ids) {
            graph.read(tx -> tx.run("MATCH (e:Entity {id: $id}) RETURN e.name AS name", Map.of("id", id)).list())
                    .stream().findFirst().map(r -> r.get("name").asString(null)).ifPresent(sampled::add);
        }
        var misspelled = sampled.stream().map(ScreeningBenchmark::misspell).toList();
        return List.of(
                Measurement.time("screen a name as written (POST /api/match, 5 results)", sampled, warmup,
                        name -> screening.screen(MatchRecord.company(name), 5)),
                Measurement.time("screen a misspelled name", misspelled, warmup,
                        name -> screening.screen(MatchRecord.company(name), 5)),
                Measurement.time("plain Cypher: full-text search of the words as written", sampled, warmup,
                        name -> graph.read(tx -> tx.run(NAIVE, Map.of("query", literal(name))).list(),
                                naiveTimeout)));
    }

    /** A customs clerk's spelling: upper case, a vowel changed, the legal form spelled out. */
    private static String misspell(String name) {
        return name.toUpperCase(Locale.ROOT).replaceFirst("O", "A").replace(" LLC", " OOO");
    }

    private static String literal(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
