package io.ownerscope.resolution;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.system.BadRequestException;
import io.ownerscope.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Analysts' decisions on pairs of records: {@code same} joins them into one entity (transitively, as identifier
 * links do), {@code different} removes the pair from the suggestions for good, {@code unsure} keeps it listed,
 * marked so. A later decision on a pair replaces the earlier one, which is kept as history. Decisions are keyed by
 * the records' source ids, so they outlive reloads of either source.
 */
public class Decisions {

    private static final String RECORD = Cypher.load("resolution/record-decision.cypher");
    private static final String OF = Cypher.load("resolution/decisions-of.cypher");
    private static final String CURRENT = Cypher.load("resolution/current-decisions.cypher");
    private static final String APPLY = Cypher.load("resolution/apply-decisions.cypher");
    private static final String IMPORT = Cypher.load("resolution/import-decision.cypher");

    /** The judgements an analyst can make. */
    public enum Judgement {
        SAME, DIFFERENT, UNSURE;

        static Judgement parse(String value) {
            try {
                return valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("judgement '" + value + "' is not allowed; expected same, different "
                        + "or unsure");
            }
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Graph graph;
    private final ApplicationEventPublisher events;
    private final ResolutionSettings settings;

    Decisions(Graph graph, ApplicationEventPublisher events, ResolutionSettings settings) {
        this.graph = graph;
        this.events = events;
        this.settings = settings;
    }

    /** The key of a pair, whichever way it is given. */
    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /**
     * Records a decision and applies it; a same or different decision announces that the clusters changed.
     *
     * @param announce whether to announce it (a rule's decisions during a resolution are followed by the pipeline)
     */
    public Map<String, Object> decide(String left, String right, Judgement judgement, String note, String actor,
            boolean announce) {
        if (left == null || left.isBlank() || right == null || right.isBlank()) {
            throw new BadRequestException("left and right must both name a record id");
        }
        if (left.equals(right)) {
            throw new BadRequestException("left and right are the same record '" + left + "'");
        }
        var first = left.compareTo(right) < 0 ? left : right;
        var second = first.equals(left) ? right : left;
        var parameters = new HashMap<String, Object>();
        parameters.put("id", UUID.randomUUID().toString());
        parameters.put("pair", pair(left, right));
        parameters.put("leftId", first);
        parameters.put("rightId", second);
        parameters.put("judgement", judgement.word());
        parameters.put("note", note);
        parameters.put("actor", actor == null || actor.isBlank() ? settings.actor() : actor);
        parameters.put("at", ZonedDateTime.now());
        var decision = graph.write(tx -> tx.run(RECORD, parameters).list(r -> r.get("decision").asMap()),
                settings.timeout());
        if (decision.isEmpty()) {
            throw new NotFoundException("no record with id '" + left + "' or '" + right + "' (both must exist)");
        }
        if (announce && judgement != Judgement.UNSURE) {
            events.publishEvent(new ClustersChanged(judgement.word() + " " + pair(left, right)));
        }
        return decision.getFirst();
    }

    /** The decisions on the pairs of a record, newest first, with the earlier ones as history. */
    public List<Map<String, Object>> of(String entity, int limit) {
        return graph.read(tx -> tx.run(OF, Map.of("entity", entity, "limit", limit)).list(r -> r.get("decision")
                .asMap()), settings.timeout());
    }

    /** Every current decision, oldest first. */
    public List<Map<String, Object>> current() {
        return graph.read(tx -> tx.run(CURRENT).list(r -> r.get("decision").asMap()), settings.timeout());
    }

    /** Joins again the records of current same decisions where both are in the graph; how many pairs it read. */
    long applyCurrent() {
        var same = current().stream().filter(d -> "same".equals(d.get("judgement"))).toList();
        if (same.isEmpty()) {
            return 0;
        }
        return graph.write(tx -> tx.run(APPLY, Map.of("decisions", same)).single().get("joined").asLong(),
                settings.timeout());
    }

    /** Records a decision carried from another store as it was made; true when it is the pair's current one. */
    boolean importDecision(Map<String, Object> decision) {
        for (var key : List.of("id", "pair", "leftId", "rightId", "judgement", "decidedAt")) {
            if (decision.get(key) == null) {
                throw new IllegalArgumentException("a decision needs " + key);
            }
        }
        Judgement.parse(String.valueOf(decision.get("judgement")));
        var values = new HashMap<>(decision);
        values.put("decidedAt", ZonedDateTime.parse(String.valueOf(decision.get("decidedAt"))));
        values.putIfAbsent("current", true);
        return graph.write(tx -> tx.run(IMPORT, Map.of("decision", values)).list(r -> r.get("current").asBoolean()),
                settings.timeout()).stream().findFirst().orElse(true);
    }
}
