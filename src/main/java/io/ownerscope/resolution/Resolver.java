package io.ownerscope.resolution;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.matching.MatchScore;
import io.ownerscope.matching.NameMatcher;
import io.ownerscope.screening.EntityRecords;
import io.ownerscope.screening.FrequentKeys;
import io.ownerscope.system.ConflictException;
import io.swagger.v3.oas.annotations.media.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Suggests which records of different datasets are one entity: each record is compared, by the matcher, with the
 * records of other datasets that share most name keys with it (its block, one index read), and the pairs that score
 * at least {@code ownerscope.resolution.candidate-score} are kept as suggestions with the features that made their
 * score. After a load only the records it wrote are compared: the cost follows the load, not the graph. Pairs an
 * analyst decided are not suggested again; the current same decisions are joined again after every load.
 */
public class Resolver {

    private static final Logger LOG = LoggerFactory.getLogger(Resolver.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OF_LOAD_RUN = Cypher.load("resolution/records-of-load-run.cypher");
    private static final String ALL = Cypher.load("resolution/all-records.cypher");
    private static final String BLOCKS = Cypher.load("resolution/blocked-candidates.cypher");
    private static final String WRITE = Cypher.load("resolution/write-candidates.cypher");
    private static final String DECIDED = Cypher.load("resolution/decided-pairs.cypher");
    private static final String OTHER_DATASETS = Cypher.load("resolution/other-datasets.cypher");

    /** What one resolution compared and suggested. */
    @Schema(name = "ResolutionCounts")
    public record Counts(long records, long compared, long suggested, long autoAccepted, long rejoined,
            long millis) {
    }

    private final Graph graph;
    private final NameMatcher matcher;
    private final FrequentKeys frequentKeys;
    private final Decisions decisions;
    /** One whole-graph comparison at a time: concurrent ones would race on the suggestions they write. */
    private final ReentrantLock resolving = new ReentrantLock();
    private final ResolutionSettings settings;

    Resolver(Graph graph, NameMatcher matcher, FrequentKeys frequentKeys, Decisions decisions,
            ResolutionSettings settings) {
        this.graph = graph;
        this.matcher = matcher;
        this.frequentKeys = frequentKeys;
        this.decisions = decisions;
        this.settings = settings;
    }

    /**
     * Compares the records one load run wrote with the rest, and joins the decided pairs again. A first load, or a
     * load into a graph of its dataset alone, has no other dataset to compare with and reads nothing.
     */
    public Counts resolveLoadRun(String loadRunId, String dataset) {
        long started = System.nanoTime();
        var others = graph.read(tx -> tx.run(OTHER_DATASETS, Map.of("dataset", dataset)).single().get("others")
                .asBoolean(), settings.timeout());
        var records = !others ? List.<Map<String, Object>>of()
                : graph.read(tx -> tx.run(OF_LOAD_RUN, Map.of("loadRunId", loadRunId)).list(r -> r.asMap()),
                        settings.timeout());
        var tally = new long[3];
        for (int from = 0; from < records.size(); from += settings.batch()) {
            resolveBatch(records.subList(from, Math.min(records.size(), from + settings.batch())), tally);
        }
        var rejoined = decisions.applyCurrent();
        var counts = new Counts(records.size(), tally[0], tally[1], tally[2], rejoined,
                (System.nanoTime() - started) / 1_000_000);
        LOG.info("Resolution after load run {}: {}", loadRunId, counts);
        return counts;
    }

    /** Compares every keyed record with the rest, a page at a time: a recompute on demand. */
    public Counts resolveAll() {
        if (!resolving.tryLock()) {
            throw new ConflictException(
                    "a comparison of every record is running; try again when it has ended");
        }
        try {
            return compareEveryRecord();
        } finally {
            resolving.unlock();
        }
    }

    private Counts compareEveryRecord() {
        long started = System.nanoTime();
        var tally = new long[3];
        long records = 0;
        String after = "";
        while (true) {
            var last = after;
            var page = graph.read(tx -> tx.run(ALL, Map.of("after", last, "limit", settings.batch()))
                    .list(r -> r.asMap()), settings.timeout());
            if (page.isEmpty()) {
                break;
            }
            records += page.size();
            resolveBatch(page, tally);
            after = (String) page.getLast().get("id");
        }
        var rejoined = decisions.applyCurrent();
        var counts = new Counts(records, tally[0], tally[1], tally[2], rejoined,
                (System.nanoTime() - started) / 1_000_000);
        LOG.info("Resolution of the whole graph: {}", counts);
        return counts;
    }

    /** @param tally compared, suggested, auto-accepted, added to as the batch goes */
    @SuppressWarnings("unchecked")
    private void resolveBatch(List<Map<String, Object>> records, long[] tally) {
        var byId = new HashMap<String, Map<String, Object>>();
        var rows = new ArrayList<Map<String, Object>>();
        var queries = frequentKeys.queries(records.stream()
                .map(record -> record.get("keys") instanceof String keys ? keys : "").toList());
        for (int i = 0; i < records.size(); i++) {
            var record = records.get(i);
            byId.put((String) record.get("id"), record);
            if (!queries.get(i).isEmpty()) {
                rows.add(Map.of("id", record.get("id"), "dataset", String.valueOf(record.get("dataset")),
                        "query", queries.get(i)));
            }
        }
        var pairs = new LinkedHashMap<String, Pair>();
        graph.read(tx -> {
            tx.run(BLOCKS, Map.of("rows", rows, "limit", settings.block())).forEachRemaining(row -> {
                var record = byId.get(row.get("recordId").asString());
                var query = EntityRecords.of(record);
                for (var candidate : row.get("candidates").asList(v -> v.asMap())) {
                    var other = EntityRecords.of((Map<String, Object>) candidate);
                    if (query == null || other == null || !query.schema().canMatch(other.schema())) {
                        continue;
                    }
                    tally[0]++;
                    var left = (String) record.get("id");
                    var right = (String) candidate.get("id");
                    var pair = Decisions.pair(left, right);
                    if (pairs.containsKey(pair)) {
                        continue;
                    }
                    var score = matcher.score(query, other);
                    if (score.score() >= settings.candidateScore()) {
                        pairs.put(pair, new Pair(left.compareTo(right) < 0 ? left : right,
                                left.compareTo(right) < 0 ? right : left, score));
                    }
                }
            });
            return null;
        }, settings.timeout());
        if (pairs.isEmpty()) {
            return;
        }
        var decided = new HashSet<String>(graph.read(tx -> tx.run(DECIDED, Map.of("pairs", List.copyOf(pairs.keySet())))
                .list(r -> r.get("pair").asString()), settings.timeout()));
        var suggested = pairs.entrySet().stream().filter(e -> !decided.contains(e.getKey()))
                .map(e -> e.getValue().row()).toList();
        if (!suggested.isEmpty()) {
            graph.write(tx -> tx.run(WRITE, Map.of("rows", suggested, "at", ZonedDateTime.now())).consume(),
                    settings.timeout());
        }
        tally[1] += suggested.size();
        if (settings.autoAcceptScore() != null) {
            pairs.entrySet().stream().filter(e -> !decided.contains(e.getKey()))
                    .filter(e -> e.getValue().score().score() >= settings.autoAcceptScore())
                    .forEach(accept(tally));
        }
    }

    private Consumer<Map.Entry<String, Pair>> accept(long[] tally) {
        return entry -> {
            decisions.decide(entry.getValue().leftId(), entry.getValue().rightId(), Decisions.Judgement.SAME,
                    "scored " + String.format(Locale.ROOT, "%.3f", entry.getValue().score().score())
                            + ", at or above ownerscope.resolution.auto-accept-score", "rule", false);
            tally[2]++;
        };
    }

    private record Pair(String leftId, String rightId, MatchScore score) {
        Map<String, Object> row() {
            return Map.of("leftId", leftId, "rightId", rightId, "score", score.score(),
                    "features", JSON.writeValueAsString(score.features()));
        }
    }
}
