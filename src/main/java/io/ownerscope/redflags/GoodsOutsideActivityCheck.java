package io.ownerscope.redflags;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.ownerscope.graph.Cypher;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Goods inconsistent with the line of business: the HS chapters of the entity's shipments are compared with the
 * chapters configured for its registered activity code (the longest matching prefix). Chapters outside the activity
 * raise the flag when they hold goods on the Common High Priority List or fall in a watched chapter (electronics,
 * machinery, aircraft, optics, arms). With no activity code, or one without configured chapters, the flag cannot be
 * assessed and says so.
 */
final class GoodsOutsideActivityCheck implements FlagCheck {

    private static final String TRADE_BY_CHAPTER = Cypher.load("redflags/trade-by-hs-chapter.cypher");

    private final RedFlagSettings.Activity activity;

    GoodsOutsideActivityCheck(RedFlagSettings.Activity activity) {
        this.activity = activity;
    }

    @Override
    public RedFlag flag() {
        return RedFlag.GOODS_OUTSIDE_ACTIVITY;
    }

    @Override
    public Map<String, FlagResult> check(TransactionContext tx, Map<String, Object> parameters) {
        var results = new HashMap<String, FlagResult>();
        tx.run(TRADE_BY_CHAPTER, parameters).forEachRemaining(row -> results.put(row.get("id").asString(),
                assess(row)));
        return results;
    }

    private FlagResult assess(Record row) {
        var code = row.get("activityCode").asString(null);
        var evidence = new LinkedHashMap<String, Object>();
        evidence.put("activityCode", code);
        evidence.put("activityName", row.get("activityName").asString(null));
        var entitySources = row.get("entitySources").asList(Value::asString);
        if (code == null || code.isBlank()) {
            return new FlagResult(flag(), false, false, "no registered activity known", evidence, List.of());
        }
        var prefix = prefixFor(code);
        if (prefix.isEmpty()) {
            return new FlagResult(flag(), false, false,
                    "no HS chapters configured for activity code " + code, evidence, entitySources);
        }
        var plausible = activity.chapters().get(prefix.get());
        var outside = new ArrayList<Map<String, Object>>();
        var sources = new LinkedHashSet<>(entitySources);
        for (var chapter : row.get("chapters").asList(value -> value)) {
            var number = chapter.get("chapter").asString();
            if (plausible.contains(number)) {
                continue;
            }
            long chpl = chapter.get("chplShipments").asLong();
            if (chpl == 0 && !activity.watchedChapters().contains(number)) {
                continue;
            }
            var entry = new LinkedHashMap<String, Object>(chapter.asMap());
            entry.put("valueUsd", Math.round(chapter.get("valueUsd").asDouble(0) * 100) / 100.0);
            outside.add(entry);
            for (var shipment : chapter.get("shipmentsShown").values()) {
                if (!shipment.get("source").isNull()) {
                    sources.add(shipment.get("source").asString());
                }
            }
        }
        evidence.put("matchedActivityPrefix", prefix.get());
        evidence.put("plausibleChapters", plausible);
        evidence.put("chaptersOutsideActivity", outside);
        return new FlagResult(flag(), !outside.isEmpty(), true, null, evidence, List.copyOf(sources));
    }

    /** The longest configured prefix of the code, tried also without a leading NACE section letter. */
    Optional<String> prefixFor(String code) {
        var normalized = RedFlagSettings.Activity.normalize(code);
        var candidates = new ArrayList<>(List.of(normalized));
        if (normalized.length() > 1 && Character.isLetter(normalized.charAt(0))
                && Character.isDigit(normalized.charAt(1))) {
            candidates.add(normalized.substring(1));
        }
        String best = null;
        for (var candidate : candidates) {
            for (var prefix : activity.chapters().keySet()) {
                if (candidate.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                    best = prefix;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
