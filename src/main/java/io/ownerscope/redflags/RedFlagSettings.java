package io.ownerscope.redflags;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the red flags ({@code ownerscope.red-flags.*}).
 *
 * @param invasionDate the start of the full-scale invasion: companies incorporated on or after it are new
 * @param weights the weight of each flag in the score, by flag id; flags not named keep their default weight
 * @param russiaCountries countries whose owners, directors' other firms and destinations count as Russian
 * @param massRegistrationMinCompanies companies registered at one address from which it counts as mass registration
 * @param hubDegree an address or party with more links than this is counted, not traversed
 * @param russianOwnersMinShare the smallest effective share (percent, upper bound) of a Russian owner that raises
 *     the flag; 0 raises it for any stake
 * @param maxEvidence most items (shipments, companies, owners, ...) listed per fact in a flag's evidence
 * @param surge the rule of the sharp rise in high-priority trade
 * @param logistics how a freight forwarder or logistics firm is recognised
 * @param activity which HS chapters fit which registered activity
 * @param ranking limits of the ranking of a country's companies
 */
@ConfigurationProperties("ownerscope.red-flags")
record RedFlagSettings(
        @DefaultValue("2022-02-24") LocalDate invasionDate,
        Map<String, Double> weights,
        @DefaultValue({"RU", "BY"}) List<String> russiaCountries,
        @DefaultValue("10") int massRegistrationMinCompanies,
        @DefaultValue("1000") int hubDegree,
        @DefaultValue("0") double russianOwnersMinShare,
        @DefaultValue("20") int maxEvidence,
        @DefaultValue Surge surge,
        @DefaultValue Logistics logistics,
        @DefaultValue Activity activity,
        @DefaultValue Ranking ranking) {

    RedFlagSettings {
        var known = new EnumMap<RedFlag, Double>(RedFlag.class);
        for (var flag : RedFlag.values()) {
            known.put(flag, flag.defaultWeight());
        }
        if (weights != null) {
            weights.forEach((id, weight) -> {
                var flag = RedFlag.byId(id).orElseThrow(() -> new IllegalArgumentException(
                        "ownerscope.red-flags.weights." + id + ": no such red flag"));
                if (weight == null || weight < 0) {
                    throw new IllegalArgumentException("ownerscope.red-flags.weights." + id + " must be 0 or more");
                }
                known.put(flag, weight);
            });
        }
        var ordered = new LinkedHashMap<String, Double>();
        known.forEach((flag, weight) -> ordered.put(flag.id(), weight));
        weights = java.util.Collections.unmodifiableMap(ordered);
        russiaCountries = upper(russiaCountries);
    }

    double weightOf(RedFlag flag) {
        return weights.get(flag.id());
    }

    private static List<String> upper(List<String> codes) {
        return codes.stream().map(code -> code.strip().toUpperCase(Locale.ROOT)).toList();
    }

    /**
     * A sharp rise: a calendar year from the invasion on whose high-priority trade reaches {@code minValueUsd} and is
     * at least {@code factor} times the yearly average from {@code baselineFrom} to the invasion, or that has such
     * trade while the baseline has none.
     */
    record Surge(
            @DefaultValue("2021-01-01") LocalDate baselineFrom,
            @DefaultValue("3") double factor,
            @DefaultValue("50000") double minValueUsd) {
    }

    /**
     * How a consignee is recognised as a freight forwarder, logistics, cargo or courier firm.
     *
     * @param keywords parts of words in the name, aliases or activity name (any case)
     * @param activityCodes prefixes of activity codes (NACE, OKED, ...; dots and spaces ignored)
     * @param consignees ids of entities known to be such firms
     */
    record Logistics(
            @DefaultValue({"logisti", "freight", "forwarding", "forwarder", "cargo", "courier", "shipping", "transit",
                    "express", "spedition", "логист", "экспедир", "экспедит", "карго", "курьер", "транзит",
                    "транспортн", "перевозк", "экспресс"}) List<String> keywords,
            @DefaultValue({"5229", "H5229", "5210", "H5210", "5224", "4941", "H4941", "5320", "H53"})
            List<String> activityCodes,
            @DefaultValue({}) List<String> consignees) {

        Logistics {
            activityCodes = activityCodes.stream().map(Activity::normalize).toList();
        }
    }

    /**
     * Which goods fit a registered activity.
     *
     * @param chapters per activity code prefix (dots and spaces ignored; the longest matching prefix applies), the
     *     HS chapters (two digits) its trade plausibly covers; entries given here add to or replace the defaults
     * @param watchedChapters chapters that raise the flag when traded outside the activity, besides any goods on the
     *     Common High Priority List
     */
    record Activity(
            Map<String, List<String>> chapters,
            @DefaultValue({"84", "85", "88", "90", "93"}) List<String> watchedChapters) {

        static final Map<String, List<String>> DEFAULT_CHAPTERS = Map.ofEntries(
                Map.entry("01", range(1, 24)), Map.entry("03", range(1, 24)),
                Map.entry("10", range(1, 24)), Map.entry("11", range(1, 24)),
                Map.entry("463", range(1, 24)), Map.entry("4711", range(1, 24)), Map.entry("472", range(1, 24)),
                Map.entry("56", range(1, 24)),
                Map.entry("4641", range(50, 67)), Map.entry("4642", range(50, 67)),
                Map.entry("4645", List.of("33", "34")), Map.entry("4646", List.of("29", "30", "90")),
                Map.entry("4647", List.of("44", "94", "70", "69")),
                Map.entry("451", List.of("87", "40", "84", "85")),
                Map.entry("4651", List.of("84", "85")), Map.entry("4652", List.of("84", "85", "90")),
                Map.entry("466", List.of("84", "85", "90", "73")),
                Map.entry("21", List.of("28", "29", "30", "38", "39")),
                Map.entry("26", List.of("84", "85", "90", "39", "74", "76", "81")),
                Map.entry("27", List.of("85", "84", "74", "76", "39")),
                Map.entry("28", List.of("84", "85", "72", "73", "90")),
                Map.entry("29", List.of("87", "84", "85", "40")), Map.entry("30", List.of("86", "87", "88", "89",
                        "84", "85")),
                Map.entry("61", List.of("85", "84")), Map.entry("62", List.of("84", "85")));

        Activity {
            var merged = new LinkedHashMap<String, List<String>>();
            DEFAULT_CHAPTERS.forEach((prefix, list) -> merged.put(normalize(prefix), list));
            if (chapters != null) {
                chapters.forEach((prefix, list) -> merged.put(normalize(prefix), List.copyOf(list)));
            }
            chapters = java.util.Collections.unmodifiableMap(merged);
            watchedChapters = List.copyOf(watchedChapters);
        }

        /** An activity code as compared: without dots and spaces, upper case ({@code 46.52.1} → {@code 46521}). */
        static String normalize(String code) {
            return code == null ? "" : code.replace(".", "").replace(" ", "").toUpperCase(Locale.ROOT);
        }

        private static List<String> range(int from, int to) {
            var list = new java.util.ArrayList<String>();
            for (int chapter = from; chapter <= to; chapter++) {
                list.add(String.format(Locale.ROOT, "%02d", chapter));
            }
            return List.copyOf(list);
        }
    }

    /**
     * @param defaultLimit companies returned when no limit is given
     * @param maxLimit the largest limit a caller may ask for
     * @param maxCompanies most companies of one country assessed for a ranking
     * @param batchSize companies assessed per read transaction
     */
    record Ranking(
            @DefaultValue("20") int defaultLimit,
            @DefaultValue("200") int maxLimit,
            @DefaultValue("20000") int maxCompanies,
            @DefaultValue("500") int batchSize) {
    }
}
