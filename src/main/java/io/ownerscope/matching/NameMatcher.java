package io.ownerscope.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores how likely a candidate record is the party a query describes, the way sanctions screening engines do:
 * names normalized across scripts and compared word by word whatever their order, legal forms compared as types,
 * strong identifiers deciding alone, and dates, countries and addresses moving the score up or down. Every score
 * lists the features that made it. Safe to share between threads.
 */
public final class NameMatcher {

    /** The score from which a candidate is reported as a match; see docs/analysis/matching.md for its figures. */
    public static final double DEFAULT_THRESHOLD = 0.75;

    private final NameParser parser;

    /** A matcher with the legal forms shipped with ownerscope. */
    public NameMatcher() {
        this(LegalForms.shipped());
    }

    NameMatcher(LegalForms legalForms) {
        this.parser = new NameParser(legalForms);
    }

    public MatchScore score(MatchRecord query, MatchRecord candidate) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(candidate, "candidate");
        if (!query.schema().canMatch(candidate.schema())) {
            return new MatchScore(0, List.of(new MatchFeature(MatchFeature.SCHEMA_MISMATCH, 1, 0,
                    query.schema().name(), candidate.schema().name())));
        }
        var identifier = Identifiers.equal(query.identifiers(), candidate.identifiers());
        var names = bestNames(query, candidate);
        var features = new ArrayList<MatchFeature>();
        identifier.ifPresent(features::add);
        features.addAll(nameFeatures(names));
        if (identifier.isEmpty()) {
            Identifiers.mismatch(query.identifiers(), candidate.identifiers()).ifPresent(features::add);
        }
        Facts.birthDates(query.birthDates(), candidate.birthDates()).ifPresent(features::add);
        Facts.countries(query.countries(), candidate.countries()).ifPresent(features::add);
        Facts.addresses(query.addresses(), candidate.addresses()).ifPresent(features::add);
        legalForms(names).ifPresent(features::add);
        if (identifier.isPresent()) {
            return new MatchScore(1.0, features);
        }
        double sum = features.stream().mapToDouble(MatchFeature::contribution).sum();
        return new MatchScore(Math.clamp(sum, 0.0, 1.0), features);
    }

    /** Of all pairs of the two records' names, the one that scores best, conflicts counted. */
    private NameComparison bestNames(MatchRecord query, MatchRecord candidate) {
        boolean person = query.schema().isPerson() || candidate.schema().isPerson();
        var schema = person ? Schema.PERSON : Schema.ORGANIZATION;
        var candidates = candidate.names().stream().map(name -> parser.parse(name, schema)).toList();
        NameComparison best = null;
        for (var name : query.names()) {
            var parsed = parser.parse(name, schema);
            for (var other : candidates) {
                var comparison = TokenAlignment.compare(parsed, other, person);
                if (best == null || NAME_ORDER.compare(comparison, best) > 0) {
                    best = comparison;
                }
            }
        }
        return best;
    }

    private static final Comparator<NameComparison> NAME_ORDER = Comparator.comparingDouble(
            NameMatcher::nameContribution);

    private static double nameContribution(NameComparison comparison) {
        return comparison.similarity() * Weights.NAME + (comparison.conflicts() ? Weights.NAME_CONFLICT : 0);
    }

    private static List<MatchFeature> nameFeatures(NameComparison names) {
        var features = new ArrayList<MatchFeature>();
        features.add(new MatchFeature(MatchFeature.NAME, Weights.NAME, names.similarity(), names.query().written(),
                names.candidate().written()));
        if (names.conflicts()) {
            features.add(new MatchFeature(MatchFeature.NAME_CONFLICT, Weights.NAME_CONFLICT, 1,
                    String.join(" ", names.queryConflicts()), String.join(" ", names.candidateConflicts())));
        }
        return features;
    }

    /** The same type of legal form supports, a different one weakens; a name without one says nothing. */
    private static Optional<MatchFeature> legalForms(NameComparison names) {
        var a = names.query().legalForm();
        var b = names.candidate().legalForm();
        if (a == null || b == null) {
            return Optional.empty();
        }
        if (a.type().equals(b.type())) {
            return Optional.of(new MatchFeature(MatchFeature.LEGAL_FORM, Weights.LEGAL_FORM, 1,
                    a.written() + " (" + a.type() + ")", b.written() + " (" + b.type() + ")"));
        }
        return Optional.of(new MatchFeature(MatchFeature.LEGAL_FORM_MISMATCH, Weights.LEGAL_FORM_MISMATCH,
                1, a.written() + " (" + a.type() + ")", b.written() + " (" + b.type() + ")"));
    }
}
