package io.ownerscope.ownership;

import java.util.stream.Collectors;

/** A designation answer in one plain sentence, e.g. for an analyst's report. */
final class DesignationExplanation {

    private DesignationExplanation() {
    }

    static String of(Designation d) {
        var name = OwnershipViews.name(d.party());
        return switch (d.basis()) {
            case LISTED -> name + " is listed under " + d.regime() + ": " + d.listings().stream()
                    .map(l -> l.authority() + " " + l.program() + (l.listedOn() == null ? "" : " since " + l.listedOn())
                            + (l.source().get("targetId") == null ? ""
                            : " (listing of record " + l.source().get("targetId") + ", the same entity)"))
                    .collect(Collectors.joining("; ")) + ".";
            case DERIVED -> name + (d.possibly() ? " may be " : " is ") + "designated under " + d.regime()
                    + " without being listed: " + contributions(d) + ".";
            case NONE -> name + " is not designated under " + d.regime() + " on " + d.asOf()
                    + (d.contributions().isEmpty() ? "" : "; designated owners hold " + percent(d.aggregateShareMin())
                    + " (" + contributions(d) + ")") + ".";
        };
    }

    private static String contributions(Designation d) {
        return d.contributions().stream()
                .map(c -> switch (c.kind()) {
                    case OWNS -> OwnershipViews.name(c.owner()) + " (" + OwnershipViews.basis(c.ownerBasis())
                            + ") holds " + share(c);
                    case CONTROLS -> OwnershipViews.name(c.owner()) + " (" + OwnershipViews.basis(c.ownerBasis())
                            + ") controls it (" + (c.path().isEmpty() ? "control"
                            : c.path().getLast().holding().interestType()) + ")";
                })
                .collect(Collectors.joining(", "));
    }

    private static String share(Designation.Contribution c) {
        return c.share() != null ? percent(c.share())
                : percent(c.shareMin()) + "–" + percent(c.shareMax());
    }

    private static String percent(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + "%";
    }
}
