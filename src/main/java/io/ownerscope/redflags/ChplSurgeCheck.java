package io.ownerscope.redflags;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.ownerscope.graph.Cypher;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The sharp rise in Common High Priority List trade: each calendar year from the invasion on is compared with the
 * yearly average of the baseline (from {@code surge.baselineFrom} to the day before the invasion). A year raises
 * the flag when its trade reaches the minimum value and is at least {@code factor} times that average, or when the
 * baseline had none (trade that appeared from nothing).
 */
final class ChplSurgeCheck implements FlagCheck {

    private static final String TRADE_BY_PERIOD = Cypher.load("redflags/chpl-trade-by-period.cypher");

    private final RedFlagSettings settings;

    ChplSurgeCheck(RedFlagSettings settings) {
        this.settings = settings;
    }

    @Override
    public RedFlag flag() {
        return RedFlag.CHPL_TRADE_SURGE;
    }

    @Override
    public Map<String, FlagResult> check(TransactionContext tx, Map<String, Object> parameters) {
        var results = new HashMap<String, FlagResult>();
        tx.run(TRADE_BY_PERIOD, parameters).forEachRemaining(row ->
                results.put(row.get("id").asString(), assess(row.get("periods").asList(value -> value))));
        return results;
    }

    FlagResult assess(List<Value> periods) {
        var surge = settings.surge();
        var baselineTo = settings.invasionDate().minusDays(1);
        double baselineYears = (ChronoUnit.DAYS.between(surge.baselineFrom(), settings.invasionDate())) / 365.25;
        double baselineValue = 0;
        long baselineShipments = 0;
        var sources = new LinkedHashSet<String>();
        var years = new ArrayList<Map<String, Object>>();
        for (var period : periods) {
            double value = period.get("valueUsd").asDouble(0);
            long shipments = period.get("shipments").asLong();
            var shown = period.get("sources").asList(Value::asString);
            if (period.get("period").asString().equals("before")) {
                baselineValue = value;
                baselineShipments = shipments;
                sources.addAll(shown);
            } else {
                var year = new LinkedHashMap<String, Object>();
                year.put("year", Integer.parseInt(period.get("period").asString()));
                year.put("valueUsd", round(value));
                year.put("shipments", shipments);
                year.put("sources", shown);
                years.add(year);
            }
        }
        double yearlyAverage = baselineYears > 0 ? baselineValue / baselineYears : 0;
        var surgeYears = new ArrayList<Integer>();
        for (var year : years) {
            double value = (Double) year.get("valueUsd");
            boolean rise = value >= surge.minValueUsd()
                    && (yearlyAverage == 0 || value >= surge.factor() * yearlyAverage);
            year.put("factor", yearlyAverage > 0 ? round(value / yearlyAverage) : null);
            year.put("fromNothing", yearlyAverage == 0 && value > 0);
            year.put("sharpRise", rise);
            if (rise) {
                surgeYears.add((Integer) year.get("year"));
                @SuppressWarnings("unchecked")
                var shown = (List<String>) year.get("sources");
                sources.addAll(shown);
            }
        }
        var baseline = new LinkedHashMap<String, Object>();
        baseline.put("from", surge.baselineFrom());
        baseline.put("to", baselineTo);
        baseline.put("years", round(baselineYears));
        baseline.put("valueUsd", round(baselineValue));
        baseline.put("shipments", baselineShipments);
        baseline.put("yearlyAverageUsd", round(yearlyAverage));
        var rule = new LinkedHashMap<String, Object>();
        rule.put("factor", surge.factor());
        rule.put("minValueUsd", surge.minValueUsd());
        var evidence = new LinkedHashMap<String, Object>();
        evidence.put("baseline", baseline);
        evidence.put("years", years);
        evidence.put("sharpRiseYears", surgeYears);
        evidence.put("rule", rule);
        return new FlagResult(flag(), !surgeYears.isEmpty(), true, null, evidence, List.copyOf(sources));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
