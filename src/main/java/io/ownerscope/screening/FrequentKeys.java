package io.ownerscope.screening;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;

/**
 * Leaves the name keys that too many entities hold out of the look-up of candidates (block purging): a name is looked
 * up by its keys that at most {@code ownerscope.screening.frequent-key} entities hold, and only when it has none by
 * all of them. A key that a hundred thousand names share (the token and the phonetic code of "Company", of
 * "Trading") brings candidates that share nothing else with the name: they cost a comparison each and never reach
 * a score that counts, while the selective keys (the whole name, its rare words and their codes) bring the
 * candidates worth comparing. Below the cap nothing changes: a small graph is looked up by every key.
 *
 * <p>How many entities hold a key is read from the name-key index itself, counted only up to the cap: one read for all
 * the keys of a request or of a batch of records. A key found frequent is remembered for {@link #REMEMBERED}; the
 * others are counted again each time, so a record loaded a moment ago is reached by its rare keys at once. A key
 * that no entity holds is not looked up.
 */
public class FrequentKeys {

    private static final String COUNT = Cypher.load("screening/key-frequencies.cypher");
    /** Lucene refuses queries of more clauses than this (its default maximum is 1024). */
    private static final int MAX_CLAUSES = 500;
    /** How long a key's count is kept before it is read again. */
    static final Duration REMEMBERED = Duration.ofMinutes(10);

    private final Graph graph;
    private final int cap;
    private final Cache<String, Boolean> frequent;

    FrequentKeys(Graph graph, ScreeningSettings settings) {
        this.graph = graph;
        this.cap = settings.frequentKey();
        this.frequent = Caffeine.newBuilder().maximumSize(500_000).expireAfterWrite(REMEMBERED).build();
    }

    /**
     * The look-up query of a name's keys as the index holds them (words separated by spaces): its selective keys
     * joined by OR, or all its keys when none is selective; empty when it has no key.
     */
    public String query(String indexedKeys) {
        return queries(List.of(indexedKeys == null ? "" : indexedKeys)).getFirst();
    }

    /** The look-up queries of many names' keys, their counts read in one round trip. */
    public List<String> queries(List<String> indexedKeys) {
        var wordsOfEach = indexedKeys.stream().map(FrequentKeys::words).toList();
        var counts = count(wordsOfEach.stream().flatMap(Collection::stream).collect(Collectors.toSet()));
        return wordsOfEach.stream().map(words -> String.join(" OR ", selective(words, counts))).toList();
    }

    /**
     * The keys to look a name up by: those that some but at most the cap of entities hold; when none is, those that
     * more hold; when no entity holds any, all of them (they reach nothing either way).
     */
    private List<String> selective(List<String> words, Map<String, Long> counts) {
        var selective = words.stream().filter(word -> counts.getOrDefault(word, 0L) > 0
                && counts.getOrDefault(word, 0L) <= cap).toList();
        if (!selective.isEmpty()) {
            return selective;
        }
        var held = words.stream().filter(word -> counts.getOrDefault(word, 0L) > 0).toList();
        return held.isEmpty() ? words : held;
    }

    /**
     * How many entities hold each key, up to the cap + 1, in one round trip. Only frequent keys are remembered: a
     * rare key may be held by more after the next load, and a key counted while no entity held it would keep a new
     * record out of reach.
     */
    private Map<String, Long> count(Set<String> words) {
        var counts = new HashMap<String, Long>();
        var unknown = new ArrayList<String>();
        for (var word : words) {
            if (frequent.getIfPresent(word) != null) {
                counts.put(word, cap + 1L);
            } else {
                unknown.add(word);
            }
        }
        if (!unknown.isEmpty()) {
            graph.read(tx -> {
                tx.run(COUNT, Map.of("words", unknown, "cap", cap)).forEachRemaining(row -> {
                    var word = row.get("word").asString();
                    var entities = row.get("entities").asLong();
                    counts.put(word, entities);
                    if (entities > cap) {
                        frequent.put(word, Boolean.TRUE);
                    }
                });
                return null;
            });
        }
        return counts;
    }

    private static List<String> words(String indexedKeys) {
        var words = new ArrayList<String>();
        for (var word : indexedKeys.split(" ")) {
            if (!word.isBlank() && words.size() < MAX_CLAUSES) {
                words.add(word);
            }
        }
        return words;
    }
}
