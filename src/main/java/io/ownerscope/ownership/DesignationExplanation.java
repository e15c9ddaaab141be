package io.ownerscope.ownership;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A designation answer in one plain sentence, e.g. for an analyst's report. */
final class DesignationExplanation {

    private DesignationExplanation() {
    }

    static String of(Designation d) {
        return of(d, DesignationCauses.none());
    }

    /** The sentence, each derived owner followed by the owners that made it designated, down to the listed. */
    static String of(Designation d, DesignationCauses causes) {
        var name = OwnershipViews.name(d.party());
        return switch (d.basis()) {
            case LISTED -> name + " is listed under " + d.regime() + ": " + d.listings().stream()
                    .map(l -> l.authority() + " " + l.program() + (l.listedOn() == null ? "" : " since " + l.listedOn())
                            + (l.source().get("targetId") == null ? ""
                            : " (listing of record " + l.source().get("targetId") + ", the same entity)"))
                    .collect(Collectors.joining("; ")) + ".";
            case DERIVED -> name + (d.possibly() ? " may be " : " is ") + "designated under " + d.regime()
                    + " without being listed: " + contributions(d, causes, new HashSet<>()) + ".";
            case NONE -> name + " is not designated under " + d.regime() + " on " + d.asOf()
                    + (d.contributions().isEmpty() ? "" : "; designated owners hold " + percent(d.aggregateShareMin())
                    + " (" + contributions(d, causes, new HashSet<>()) + ")") + ".";
        };
    }

    private static String contributions(Designation d, DesignationCauses causes, Set<String> explained) {
        explained.add(d.party().id());
        return ordered(d.contributions()).stream()
                .map(c -> {
                    var owner = OwnershipViews.name(c.owner()) + " (" + OwnershipViews.basis(c.ownerBasis())
                            + because(c, causes, explained) + ")";
                    return switch (c.kind()) {
                        case OWNS -> owner + " holds " + share(c);
                        case CONTROLS -> owner + " controls it (" + (c.path().isEmpty() ? "control"
                                : c.path().getLast().holding().interestType()) + ")";
                    };
                })
                .collect(Collectors.joining(", "));
    }

    /** Why a derived owner is designated: ": " and its own contributions, once per party. */
    private static String because(Designation.Contribution c, DesignationCauses causes, Set<String> explained) {
        return causes.of(c.owner())
                .filter(cause -> cause.basis() == Designation.Basis.DERIVED && !explained.contains(cause.party().id()))
                .map(cause -> ": " + contributions(cause, causes, new HashSet<>(explained)))
                .orElse("");
    }

    /** The contributions with the largest stake first, then by owner, so that the same graph reads the same. */
    static List<Designation.Contribution> ordered(List<Designation.Contribution> contributions) {
        return contributions.stream()
                .sorted(Comparator.comparingDouble(Designation.Contribution::shareMin).reversed()
                        .thenComparing(c -> c.owner().id()).thenComparing(c -> c.kind()))
                .toList();
    }

    private static String share(Designation.Contribution c) {
        return c.share() != null ? percent(c.share())
                : percent(c.shareMin()) + "–" + percent(c.shareMax());
    }

    private static String percent(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + "%";
    }
}
