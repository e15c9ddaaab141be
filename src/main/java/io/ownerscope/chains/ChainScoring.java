package io.ownerscope.chains;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The score of a chain: the sum of weight × component over seven components, each between 0 and 1, so that every
 * point of the score can be traced to a piece of evidence. Weights are configuration
 * ({@code ownerscope.chains.weights.*}).
 */
final class ChainScoring {

    /** One component: its value (0–1), its weight, the points it adds (value × weight) and why. */
    @Schema(name = "ChainScoreComponent")
    record Component(String name, double value, double weight, double points, String evidence) {
    }

    /** A scored chain: the score, its components, the links strongest first, and pass-through matches. */
    record Scored(ChainFacts.Legs legs, double score, List<Component> components, List<ChainFacts.Link> links,
            Map<String, List<String>> passThrough, double outboundValue) {
    }

    private final ChainsSettings settings;
    private final PassThrough passThrough;

    ChainScoring(ChainsSettings settings) {
        this.settings = settings;
        this.passThrough = new PassThrough(settings.passThroughDays());
    }

    /** The links strongest first: by kind strength, then shorter paths, then party id. */
    List<ChainFacts.Link> rank(List<ChainFacts.Link> links) {
        return links.stream()
                .sorted(Comparator.comparingDouble((ChainFacts.Link l) -> -strength(l))
                        .thenComparingInt(l -> l.path().size())
                        .thenComparing(l -> l.party().id()))
                .toList();
    }

    double strength(ChainFacts.Link link) {
        var s = settings.linkStrength();
        double kind = switch (link.kind()) {
            case DESIGNATED -> s.designated();
            case OWNED_OR_CONTROLLED -> s.ownedOrControlled();
            case DIRECTED -> s.directed();
            case SHARED_ADDRESS -> s.sharedAddress();
        };
        return link.onlyPossibly() ? kind * s.possiblyFactor() : kind;
    }

    /** Scores a chain whose consignee has at least one link to a designated party. */
    Scored score(ChainFacts.Legs legs, List<ChainFacts.Link> links) {
        var ranked = rank(links);
        var best = ranked.getFirst();
        var w = settings.weights();
        var outbound = legs.outbound();
        double outboundValue = outbound.stream().mapToDouble(ChainFacts.Shipment::value).sum();
        var matches = passThrough.match(legs.inbound(), outbound);
        var components = new ArrayList<Component>();

        components.add(component("link", strength(best), w.link(), best.kind().code() + " ("
                + best.party().id() + (best.path().isEmpty() ? "" : ", " + best.path().size() + " hop(s)") + ")"));

        double tier = tierWeight(outbound, outboundValue);
        components.add(component("chplTier", tier, w.chpl(), "value-weighted Common High Priority List tier weight "
                + "of the outbound shipments"));

        components.add(component("value", valueScore(outboundValue), w.value(),
                String.format(java.util.Locale.ROOT, "outbound value USD %.0f", outboundValue)));

        double matched = PassThrough.matchedShare(outbound, matches);
        long matchedCount = matches.values().stream().filter(m -> !m.isEmpty()).count();
        components.add(component("passThrough", matched, w.passThrough(), matchedCount + " of " + outbound.size()
                + " outbound shipments follow an inbound one of the same HS-6 within "
                + settings.passThroughDays() + " days"));

        boolean rerouted = !legs.direct().isEmpty();
        components.add(component("rerouted", rerouted ? 1 : 0, w.rerouted(), rerouted
                ? "the supplier shipped directly to the consignee " + legs.direct().size()
                        + " time(s) before the route through the intermediary"
                : "no direct shipment from the supplier to the consignee before"));

        var incorporated = legs.intermediary().incorporationDate();
        boolean isNew = incorporated != null && !incorporated.isBefore(settings.newCompanySince());
        components.add(component("newIntermediary", isNew ? 1 : 0, w.newIntermediary(), incorporated == null
                ? "incorporation date unknown"
                : "intermediary incorporated " + incorporated + (isNew ? ", on or after " : ", before ")
                        + settings.newCompanySince()));

        boolean alertCountry = settings.intermediaryCountries().contains(legs.intermediary().country());
        components.add(component("intermediaryCountry", alertCountry ? 1 : 0, w.intermediaryCountry(),
                "intermediary in " + legs.intermediary().country()
                        + (alertCountry ? ", a transshipment point named in the alerts" : ", not in the alert list")));

        double score = components.stream().mapToDouble(Component::points).sum();
        return new Scored(legs, round(score), List.copyOf(components), ranked, matches, outboundValue);
    }

    private double tierWeight(List<ChainFacts.Shipment> shipments, double totalValue) {
        if (shipments.isEmpty()) {
            return 0;
        }
        var tiers = settings.tierWeights();
        if (totalValue > 0) {
            return shipments.stream().mapToDouble(s -> tiers.of(s.chplTier()) * s.value()).sum() / totalValue;
        }
        return shipments.stream().mapToDouble(s -> tiers.of(s.chplTier())).average().orElse(0);
    }

    /** 0 at or below the floor, 1 at or above the scale, logarithmic in between (orders of magnitude count). */
    double valueScore(double value) {
        if (value <= settings.valueFloor()) {
            return 0;
        }
        double score = Math.log10(value / settings.valueFloor())
                / Math.log10(settings.valueScale() / settings.valueFloor());
        return Math.min(1, score);
    }

    private static Component component(String name, double value, double weight, String evidence) {
        return new Component(name, round(value), weight, round(value * weight), evidence);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
