package io.ownerscope.matching;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Compares what two records state besides names: dates of birth, countries and addresses. */
final class Facts {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?.*");

    private Facts() {
    }

    /**
     * Dates agree when one is the other at a lesser precision: 1970 agrees with 1970-05-12, 1970-06 does not. Any
     * pair that agrees supports; when both state dates and none agree, they count against.
     */
    static Optional<MatchFeature> birthDates(List<String> query, List<String> candidate) {
        var q = query.stream().map(Facts::date).flatMap(Optional::stream).toList();
        var c = candidate.stream().map(Facts::date).flatMap(Optional::stream).toList();
        if (q.isEmpty() || c.isEmpty()) {
            return Optional.empty();
        }
        for (var a : q) {
            for (var b : c) {
                if (a.startsWith(b) || b.startsWith(a)) {
                    return Optional.of(new MatchFeature(MatchFeature.BIRTH_DATE, Weights.BIRTH_DATE, 1, a, b));
                }
            }
        }
        return Optional.of(new MatchFeature(MatchFeature.BIRTH_DATE_MISMATCH, Weights.BIRTH_DATE_MISMATCH, 1,
                String.join(", ", q), String.join(", ", c)));
    }

    /** Any country in common supports; two lists with none in common weaken. */
    static Optional<MatchFeature> countries(List<String> query, List<String> candidate) {
        var q = countrySet(query);
        var c = countrySet(candidate);
        if (q.isEmpty() || c.isEmpty()) {
            return Optional.empty();
        }
        var shared = q.stream().filter(c::contains).sorted().findFirst();
        if (shared.isPresent()) {
            return Optional.of(new MatchFeature(MatchFeature.COUNTRY, Weights.COUNTRY, 1, shared.get(),
                    shared.get()));
        }
        return Optional.of(new MatchFeature(MatchFeature.COUNTRY_MISMATCH, Weights.COUNTRY_MISMATCH, 1,
                sorted(q), sorted(c)));
    }

    /** The most alike pair of addresses supports when alike enough and weakens, a little, when not. */
    static Optional<MatchFeature> addresses(List<String> query, List<String> candidate) {
        if (query.isEmpty() || candidate.isEmpty()) {
            return Optional.empty();
        }
        double best = -1;
        String bestQuery = null;
        String bestCandidate = null;
        for (var a : query) {
            var parsedA = address(a);
            for (var b : candidate) {
                var comparison = TokenAlignment.compare(parsedA, address(b), false);
                // house 5 and house 7 of one street are two addresses
                double similarity = comparison.conflicts() ? comparison.similarity() / 2 : comparison.similarity();
                if (similarity > best) {
                    best = similarity;
                    bestQuery = a;
                    bestCandidate = b;
                }
            }
        }
        if (best >= Weights.SAME_ADDRESS) {
            return Optional.of(new MatchFeature(MatchFeature.ADDRESS, Weights.ADDRESS, 1, bestQuery,
                    bestCandidate));
        }
        return Optional.of(new MatchFeature(MatchFeature.ADDRESS_MISMATCH, Weights.ADDRESS_MISMATCH, 1, bestQuery,
                bestCandidate));
    }

    /** A date as the digits it states, joined by dashes: {@code 1970}, {@code 1970-05}, {@code 1970-05-12}. */
    private static Optional<String> date(String written) {
        var matcher = DATE.matcher(written.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var date = new StringBuilder(matcher.group(1));
        for (int group = 2; group <= 3 && matcher.group(group) != null; group++) {
            date.append('-').append(matcher.group(group));
        }
        return Optional.of(date.toString());
    }

    private static ParsedName address(String address) {
        return new ParsedName(address, NameNormalizer.tokens(address), null, false);
    }

    private static Set<String> countrySet(List<String> countries) {
        return countries.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).filter(c -> !c.isEmpty())
                .collect(Collectors.toSet());
    }

    private static String sorted(Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(", "));
    }
}
