package io.ownerscope.identity;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

import io.ownerscope.graph.Cypher;
import io.ownerscope.graph.Graph;
import io.ownerscope.system.ConflictException;
import io.swagger.v3.oas.annotations.media.Schema;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Links the records of different sources that are one entity: every pair of entities stating the same well-formed
 * strong identifier gets {@code (lower id)-[:SAME_AS {scheme, value}]->(higher id)}; links whose identifiers no
 * longer match are removed. Records are never merged: each keeps its id, facts and provenance. Runs after every load,
 * before the designations are recomputed, and on demand.
 */
@Service
@EnableConfigurationProperties(IdentitySettings.class)
public class IdentityLinks {

    /** The order of the after-load step: before anything that reads identity links (the designations). */
    private static final Logger LOG = LoggerFactory.getLogger(IdentityLinks.class);
    private static final String IDENTIFIED = Cypher.load("identity/identified-entities.cypher");
    private static final String LINKS = Cypher.load("identity/same-as-links.cypher");
    private static final String LINK = Cypher.load("identity/link-same-as.cypher");
    private static final String UNLINK = Cypher.load("identity/unlink-same-as.cypher");
    private static final int BATCH = 5_000;
    private static final int SAMPLE = 5;

    /**
     * What one relink found and changed.
     *
     * @param links identity links in the graph after the relink
     * @param added links made by this relink
     * @param removed links removed because their records no longer share the identifier
     * @param malformed stated identifiers that are not well formed (wrong length, characters or check digit)
     * @param overShared values stated by more records than {@code ownerscope.identity.max-shared}: not linked
     */
    @Schema(name = "IdentityRelinkCounts")
    public record Counts(long links, long added, long removed, long malformed, List<SharedValue> overShared,
            long millis) {
    }

    /** An identifier value stated by too many records to identify one entity, with a few of them. */
    public record SharedValue(String scheme, String value, int records, List<String> sampleIds) {
    }

    private record Key(String fromId, String toId, String scheme, String value) {
        Map<String, Object> row() {
            return Map.of("fromId", fromId, "toId", toId, "scheme", scheme, "value", value);
        }
    }

    private final Graph graph;
    private final IdentitySettings settings;
    private final ApplicationEventPublisher events;
    /** One relink on demand at a time: concurrent ones would race on the links they merge and delete. */
    private final ReentrantLock relinking = new ReentrantLock();

    IdentityLinks(Graph graph, IdentitySettings settings, ApplicationEventPublisher events) {
        this.graph = graph;
        this.settings = settings;
        this.events = events;
    }

    /** Relinks the whole graph after a load; what follows the relink is the after-load pipeline's to start. */
    public Counts relinkAfterLoad(String loadRunId) {
        return relink(loadRunId);
    }

    /**
     * Relinks the whole graph on demand and, when links changed, announces it ({@link IdentityRelinked}) so that
     * what depends on them (the designations) is refreshed.
     */
    public Counts relinkAll() {
        if (!relinking.tryLock()) {
            throw new ConflictException(
                    "a relink of the identities is running; try again when it has ended");
        }
        try {
            var counts = relink("identity-" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.now()));
            if (counts.added() > 0 || counts.removed() > 0) {
                events.publishEvent(new IdentityRelinked(counts));
            }
            return counts;
        } finally {
            relinking.unlock();
        }
    }

    Counts relink(String runId) {
        long started = System.nanoTime();
        var stated = graph.read(tx -> tx.run(IDENTIFIED).list(), settings.timeout());
        var holders = new TreeMap<String, Set<String>>();
        long malformed = 0;
        for (var row : stated) {
            var id = row.get("id").asString();
            for (var scheme : IdentifierScheme.values()) {
                for (var raw : values(row.get(scheme.key()))) {
                    var value = scheme.normalize(raw);
                    if (value == null) {
                        malformed++;
                    } else {
                        holders.computeIfAbsent(scheme.key() + ":" + value, k -> new TreeSet<>()).add(id);
                    }
                }
            }
        }
        var wanted = new HashSet<Key>();
        var overShared = new ArrayList<SharedValue>();
        holders.forEach((schemeValue, ids) -> {
            var scheme = schemeValue.substring(0, schemeValue.indexOf(':'));
            var value = schemeValue.substring(scheme.length() + 1);
            if (ids.size() > settings.maxShared()) {
                overShared.add(new SharedValue(scheme, value, ids.size(), ids.stream().limit(SAMPLE).toList()));
                return;
            }
            var sorted = List.copyOf(ids);
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    wanted.add(new Key(sorted.get(i), sorted.get(j), scheme, value));
                }
            }
        });
        var existing = new HashSet<Key>(graph.read(tx -> tx.run(LINKS).list(r -> new Key(r.get("fromId").asString(),
                r.get("toId").asString(), r.get("scheme").asString(), r.get("value").asString())),
                settings.timeout()));
        var toAdd = wanted.stream().filter(k -> !existing.contains(k)).map(Key::row).toList();
        var toRemove = existing.stream().filter(k -> !wanted.contains(k)).map(Key::row).toList();
        var run = Map.<String, Object>of("id", runId, "at", ZonedDateTime.now());
        long added = 0;
        long removed = 0;
        for (int from = 0; from < toRemove.size(); from += BATCH) {
            var batch = toRemove.subList(from, Math.min(toRemove.size(), from + BATCH));
            removed += graph.write(tx -> tx.run(UNLINK, Map.of("rows", batch)).single().get("removed").asLong(),
                    settings.timeout());
        }
        for (int from = 0; from < toAdd.size(); from += BATCH) {
            var batch = toAdd.subList(from, Math.min(toAdd.size(), from + BATCH));
            added += graph.write(tx -> tx.run(LINK, Map.of("rows", batch, "run", run)).single().get("linked")
                    .asLong(), settings.timeout());
        }
        overShared.sort(Comparator.comparingInt(SharedValue::records).reversed());
        if (!overShared.isEmpty()) {
            LOG.warn("{} identifier values are stated by more than {} records and link none of them, e.g. {}",
                    overShared.size(), settings.maxShared(), overShared.getFirst());
        }
        var counts = new Counts(existing.size() - removed + added, added, removed, malformed, List.copyOf(overShared),
                (System.nanoTime() - started) / 1_000_000);
        LOG.info("Identity links: {} in the graph, {} added, {} removed, {} malformed identifiers, {} over-shared values",
                counts.links(), added, removed, malformed, overShared.size());
        return counts;
    }

    /** The stated values of one property: none, one, or each element of a list. */
    private static List<String> values(Value value) {
        var stated = value.asObject();
        if (stated instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast)
                    .filter(v -> !v.isBlank()).toList();
        }
        return stated instanceof String text && !text.isBlank() ? List.of(text) : List.of();
    }
}
