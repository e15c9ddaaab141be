package io.ownerscope.chains;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON answer of {@code GET /api/chains}. */
final class ChainViews {

    private ChainViews() {
    }

    /** The chains found, ranked, with the criteria they answer. */
    record ChainsView(Criteria criteria, int total, boolean truncated, List<ChainView> chains) {
    }

    /** The criteria as applied, defaults filled in. */
    record Criteria(String supplier, String intermediary, List<String> intermediaryCountries,
            List<String> destinationCountries, List<String> hs, List<String> tiers, LocalDate from, LocalDate to,
            double minValue, String regime, List<String> authorities, LocalDate asOf, int passThroughDays,
            int limit, int offset) {

        static Criteria of(ChainCriteria c, int passThroughDays) {
            return new Criteria(c.supplierId(), c.intermediaryId(), c.intermediaryCountries(),
                    c.destinationCountries(), c.hsPrefixes(), c.tiers(), c.from(), c.to(), c.minValue(), c.regime(),
                    c.authorities(), c.asOf(), passThroughDays, c.limit(), c.offset());
        }
    }

    /** One chain: supplier → intermediary → consignee, its two legs, its links to designated parties, its score. */
    record ChainView(int rank, double score, List<ChainScoring.Component> components, PartyView supplier,
            PartyView intermediary, PartyView consignee, LegView inbound, LegView outbound, LegView directBefore,
            LinkView link, List<LinkView> links, List<String> sources) {

        static ChainView of(int rank, ChainScoring.Scored scored, ChainScoring scoring, int shipmentsShown,
                int linksShown) {
            var legs = scored.legs();
            var links = scored.links().stream().limit(linksShown).map(l -> LinkView.of(l, scoring.strength(l)))
                    .toList();
            var sources = new LinkedHashSet<String>();
            for (var party : List.of(legs.supplier(), legs.intermediary(), legs.consignee())) {
                sources.add(party.source());
            }
            for (var shipments : List.of(legs.inbound(), legs.outbound(), legs.direct())) {
                shipments.forEach(s -> sources.add(s.source()));
            }
            for (var link : links) {
                sources.add(link.party().source());
                link.path().forEach(h -> sources.add(h.source()));
                link.designations().forEach(d -> sources.add(d.source()));
            }
            sources.remove(null);
            return new ChainView(rank, scored.score(), scored.components(), PartyView.of(legs.supplier()),
                    PartyView.of(legs.intermediary()), PartyView.of(legs.consignee()),
                    LegView.of(legs.inbound(), Map.of(), shipmentsShown),
                    LegView.of(legs.outbound(), scored.passThrough(), shipmentsShown),
                    LegView.of(legs.direct(), Map.of(), shipmentsShown), links.getFirst(), links,
                    List.copyOf(sources));
        }
    }

    @Schema(name = "ChainParty")
    record PartyView(String id, String name, String country, LocalDate incorporationDate, String source,
            String sourceUrl) {

        static PartyView of(ChainFacts.Party p) {
            return new PartyView(p.id(), p.name(), p.country(), p.incorporationDate(), p.source(), p.sourceUrl());
        }
    }

    /**
     * The shipments of one leg: count, value and dates over all of them; the first {@code shipmentsShown} listed in
     * date order.
     */
    record LegView(int count, double valueUsd, LocalDate first, LocalDate last, List<ShipmentView> shipments,
            boolean truncated) {

        static LegView of(List<ChainFacts.Shipment> shipments, Map<String, List<String>> passThrough, int shown) {
            var sorted = shipments.stream()
                    .sorted(Comparator.comparing(ChainFacts.Shipment::date,
                            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ChainFacts.Shipment::id))
                    .toList();
            var dates = sorted.stream().map(ChainFacts.Shipment::date).filter(Objects::nonNull).toList();
            double value = sorted.stream().mapToDouble(ChainFacts.Shipment::value).sum();
            var listed = sorted.stream().limit(shown)
                    .map(s -> ShipmentView.of(s, passThrough.get(s.id())))
                    .toList();
            return new LegView(sorted.size(), Math.round(value * 100) / 100.0,
                    dates.isEmpty() ? null : dates.getFirst(), dates.isEmpty() ? null : dates.getLast(), listed,
                    sorted.size() > shown);
        }
    }

    /** One customs record; on the outbound leg, {@code passesOn} names the inbound shipments it may re-export. */
    record ShipmentView(String id, LocalDate date, String hsCode, String hs6, String chplTier, Double valueUsd,
            String description, List<String> passesOn, String source, String sourceUrl) {

        static ShipmentView of(ChainFacts.Shipment s, List<String> passesOn) {
            return new ShipmentView(s.id(), s.date(), s.hsCode(), s.hs6(), s.chplTier(), s.valueUsd(),
                    s.description(), passesOn, s.source(), s.sourceUrl());
        }
    }

    /** The consignee's tie to a designated party: kind, strength, the path from the party down, its designations. */
    @Schema(name = "ChainLink")
    record LinkView(String kind, double strength, PartyView party, List<HopView> path,
            List<DesignationView> designations) {

        static LinkView of(ChainFacts.Link link, double strength) {
            var designations = new ArrayList<DesignationView>();
            link.listings().forEach(l -> designations.add(new DesignationView("listed", l.authority(), l.program(),
                    l.listedOn(), null, false, List.of(), l.source())));
            link.marks().forEach(m -> designations.add(new DesignationView("derived", null, null, null, m.regime(),
                    m.possibly(), m.contributors(), null)));
            return new LinkView(link.kind().code(), strength, PartyView.of(link.party()),
                    link.path().stream().map(HopView::of).toList(), List.copyOf(designations));
        }
    }

    /** One relationship of a link's path, listed from the consignee up to the designated party. */
    @Schema(name = "ChainHop")
    record HopView(String type, String from, String fromName, String to, String toName, Double share, Double shareMin,
            Double shareMax, String interestType, String role, LocalDate startDate, LocalDate endDate,
            String source) {

        static HopView of(ChainFacts.Hop h) {
            return new HopView(h.type(), h.from(), h.fromName(), h.to(), h.toName(), h.share(), h.shareMin(),
                    h.shareMax(), h.interestType(), h.role(), h.startDate(), h.endDate(), h.source());
        }
    }

    /**
     * A designation of the linked party: {@code listed} (authority, program, listedOn) or {@code derived} (regime,
     * possibly, the contributors the ownership rules counted).
     */
    @Schema(name = "ChainDesignation")
    record DesignationView(String basis, String authority, String program, LocalDate listedOn, String regime,
            boolean possibly, List<String> contributors, String source) {
    }
}
