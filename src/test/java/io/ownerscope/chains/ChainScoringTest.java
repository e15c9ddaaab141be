package io.ownerscope.chains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ChainScoringTest {

    private static final ChainsSettings DEFAULTS = settings(Map.of());
    private final ChainScoring scoring = new ChainScoring(DEFAULTS);

    private static ChainsSettings settings(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("ownerscope.chains", ChainsSettings.class);
    }

    private static ChainFacts.Shipment shipment(String id, String date, String hs, String tier, double value) {
        return new ChainFacts.Shipment(id, LocalDate.parse(date), hs, hs.substring(0, 6), tier, value, null,
                "case:" + id, null);
    }

    private static ChainFacts.Party party(String id, String country, String incorporated) {
        return new ChainFacts.Party(id, id, country, incorporated == null ? null : LocalDate.parse(incorporated),
                "case:" + id, null);
    }

    private static ChainFacts.Link link(ChainFacts.Kind kind, boolean possibly, int hops) {
        var path = java.util.Collections.nCopies(hops, new ChainFacts.Hop("OWNS", "a", null, "b", null, 50.0, 50.0,
                50.0, null, null, null, null, "case:h"));
        var listings = possibly ? List.<ChainFacts.Listing>of()
                : List.of(new ChainFacts.Listing("OFAC", "RUSSIA-EO14024", LocalDate.of(2022, 6, 28), "case:s"));
        var marks = possibly ? List.of(new ChainFacts.Mark("OFAC", true, LocalDate.of(2025, 1, 1), 40.0,
                List.of("x"), List.of("r"))) : List.<ChainFacts.Mark>of();
        return new ChainFacts.Link("consignee", party("p-" + kind + hops, "RU", null), kind, path, listings, marks);
    }

    @Test
    void anOutboundShipmentPassesOnAnInboundOneOfTheSameHs6WithinTheWindow() {
        var passThrough = new PassThrough(90);
        var inbound = List.of(shipment("in-1", "2023-01-10", "85423190", "1", 100),
                shipment("in-2", "2023-01-10", "85414100", "3.A", 100));
        var outbound = List.of(shipment("same-day", "2023-01-10", "8542319000", "1", 10),
                shipment("on-day-90", "2023-04-10", "8542319000", "1", 10),
                shipment("day-91", "2023-04-11", "8542319000", "1", 10),
                shipment("before", "2023-01-09", "8542319000", "1", 10),
                shipment("other-goods", "2023-02-01", "8542320000", "1", 60));

        var matches = passThrough.match(inbound, outbound);

        assertThat(matches).containsEntry("same-day", List.of("in-1")).containsEntry("on-day-90", List.of("in-1"))
                .containsEntry("day-91", List.of()).containsEntry("before", List.of())
                .containsEntry("other-goods", List.of());
        assertThat(PassThrough.matchedShare(outbound, matches)).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void linksRankDesignatedThenOwnedThenDirectedThenSharedAddressAndPossiblyWeakens() {
        var ranked = scoring.rank(List.of(link(ChainFacts.Kind.SHARED_ADDRESS, false, 2),
                link(ChainFacts.Kind.DIRECTED, false, 1), link(ChainFacts.Kind.OWNED_OR_CONTROLLED, false, 3),
                link(ChainFacts.Kind.OWNED_OR_CONTROLLED, false, 1), link(ChainFacts.Kind.DESIGNATED, false, 0)));

        assertThat(ranked).extracting(l -> l.kind() + "/" + l.path().size()).containsExactly("DESIGNATED/0",
                "OWNED_OR_CONTROLLED/1", "OWNED_OR_CONTROLLED/3", "DIRECTED/1", "SHARED_ADDRESS/2");
        assertThat(scoring.strength(link(ChainFacts.Kind.DESIGNATED, true, 0))).isEqualTo(0.8);
        assertThat(scoring.strength(link(ChainFacts.Kind.OWNED_OR_CONTROLLED, false, 2))).isEqualTo(0.75);
    }

    @Test
    void valueCountsOrdersOfMagnitudeBetweenTheFloorAndTheScale() {
        assertThat(scoring.valueScore(5_000)).isZero();
        assertThat(scoring.valueScore(100_000)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(scoring.valueScore(1_000_000)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(scoring.valueScore(50_000_000)).isEqualTo(1.0);
    }

    @Test
    void theScoreIsTheSumOfWeightedComponentsAndWeightsComeFromConfiguration() {
        var legs = new ChainFacts.Legs(party("supplier", "DE", "1994-04-18"), party("llp", "KZ", "2022-06-14"),
                party("consignee", "RU", null), List.of(shipment("in", "2023-01-10", "85423190", "1", 90_000)),
                List.of(shipment("out", "2023-02-01", "8542319000", "1", 100_000)),
                List.of(shipment("direct", "2021-06-01", "85423190", "1", 50_000)));
        var links = List.of(link(ChainFacts.Kind.DESIGNATED, false, 0));

        var scored = scoring.score(legs, links);

        assertThat(scored.components()).extracting(ChainScoring.Component::name).containsExactly("link", "chplTier",
                "value", "passThrough", "rerouted", "newIntermediary", "intermediaryCountry");
        assertThat(scored.score()).isCloseTo(0.30 + 0.15 + 0.15 / 3 + 0.15 + 0.10 + 0.10 + 0.05, within(1e-3));
        var noLinkWeight = new ChainScoring(settings(Map.of("ownerscope.chains.weights.link", "0")));
        assertThat(noLinkWeight.score(legs, links).score()).isCloseTo(scored.score() - 0.30, within(1e-3));
        var oldElsewhere = new ChainFacts.Legs(legs.supplier(), party("old", "NL", "2001-01-01"), legs.consignee(),
                legs.inbound(), legs.outbound(), List.of());
        assertThat(scoring.score(oldElsewhere, links).score()).isCloseTo(scored.score() - 0.25, within(1e-3));
    }
}
