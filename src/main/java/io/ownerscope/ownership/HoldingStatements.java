package io.ownerscope.ownership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One holding stated by several sources: the statements of one stake (the same owner, owned party and kind, in
 * force on the date asked about) from different sources are one holding. An exact share beats a missing one;
 * disagreeing exact shares become a range, and the holding says which sources disagree; the statements of one
 * source (two share classes, two interests) add up. The holding lists every statement with its source.
 */
final class HoldingStatements {

    private HoldingStatements() {
    }

    /** The holdings that count for one stake, from all its statements. */
    static List<Holding> combine(List<Holding> statements) {
        var bySource = new LinkedHashMap<String, List<Holding>>();
        for (var statement : statements) {
            bySource.computeIfAbsent(sourceOf(statement), key -> new ArrayList<>()).add(statement);
        }
        if (bySource.size() == 1) {
            return statements;
        }
        var stated = bySource.entrySet().stream().map(e -> Stated.of(e.getKey(), e.getValue())).toList();
        var exact = stated.stream().filter(s -> s.share() != null).toList();
        double min;
        double max;
        Double share = null;
        var disagreeing = List.<Stated>of();
        if (!exact.isEmpty()) {
            min = exact.stream().mapToDouble(Stated::share).min().orElseThrow();
            max = exact.stream().mapToDouble(Stated::share).max().orElseThrow();
            if (min == max) {
                share = min;
            } else {
                disagreeing = exact;
            }
        } else {
            // no source states the share: the bounds some state narrow what the others leave open
            var bounded = stated.stream().filter(s -> s.min() > 0 || s.max() < 100).toList();
            var known = bounded.isEmpty() ? stated : bounded;
            min = known.stream().mapToDouble(Stated::min).min().orElseThrow();
            max = known.stream().mapToDouble(Stated::max).max().orElseThrow();
        }
        var strongest = (exact.isEmpty() ? stated : exact).stream()
                .max(Comparator.comparingDouble(Stated::max)).orElseThrow().statements().getFirst();
        var source = new LinkedHashMap<>(strongest.source());
        // the statements that give a share first, each with its source
        source.put("statements", statements.stream()
                .sorted(Comparator.comparing((Holding h) -> h.share() == null)
                        .thenComparing(h -> String.valueOf(h.source().get("recordId"))))
                .map(HoldingStatements::statement).toList());
        if (!disagreeing.isEmpty()) {
            source.put("disagreement", "the sources state different shares: " + String.join("; ",
                    disagreeing.stream().map(s -> s.source() + " " + percent(s.share())).toList()));
        }
        if (!strongest.isEquity()) {
            share = null;
            min = 0;
            max = 0;
        }
        return List.of(new Holding(strongest.ownerId(), strongest.ownedId(), strongest.kind(), share, min, max,
                strongest.interestType(), strongest.startDate(), strongest.endDate(), source));
    }

    /**
     * Who stated a holding: the original sources a record names (the datasets of a FollowTheMoney export), else
     * the dataset it was loaded as, with the records it was stated between.
     */
    private static String sourceOf(Holding holding) {
        var source = holding.source();
        var records = source.getOrDefault("statedOwnerId", holding.ownerId()) + "->"
                + source.getOrDefault("statedOwnedId", holding.ownedId());
        if (source.get("statedBy") instanceof List<?> statedBy && !statedBy.isEmpty()) {
            return String.join(",", new TreeSet<>(statedBy.stream().map(String::valueOf).toList()));
        }
        var dataset = source.get("dataset");
        return (dataset == null ? "" : dataset) + " " + records;
    }

    private static Map<String, Object> statement(Holding holding) {
        var statement = new LinkedHashMap<String, Object>(holding.source());
        statement.remove("statements");
        if (holding.isEquity()) {
            if (holding.share() != null) {
                statement.put("share", holding.share());
            } else if (holding.shareMin() > 0 || holding.shareMax() < 100) {
                statement.put("shareMin", holding.shareMin());
                statement.put("shareMax", holding.shareMax());
            }
        }
        if (holding.interestType() != null) {
            statement.put("interestType", holding.interestType());
        }
        return statement;
    }

    private static String percent(double share) {
        return (share == Math.rint(share) ? String.valueOf((long) share) : String.valueOf(share)) + "%";
    }

    /** What one source states of the stake: its statements added up. */
    private record Stated(String source, List<Holding> statements, Double share, double min, double max) {

        static Stated of(String source, List<Holding> statements) {
            var allExact = statements.stream().allMatch(h -> h.share() != null);
            var share = allExact ? statements.stream().mapToDouble(Holding::share).sum() : null;
            var min = statements.stream().mapToDouble(Holding::shareMin).sum();
            var max = Math.min(100, statements.stream().mapToDouble(Holding::shareMax).sum());
            return new Stated(source, statements, share == null ? null : Math.min(100, share), min, max);
        }
    }
}
