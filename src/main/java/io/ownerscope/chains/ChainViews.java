package io.ownerscope.chains;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
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
            int limit, int offset, int shipments, int links) {

        static Criteria of(ChainCriteria c, int passThroughDays) {
            return new Criteria(c.supplierId(), c.intermediaryId(), c.intermediaryCountries(),
                    c.destinationCountries(), c.hsPrefixes(), c.tiers(), c.from(), c.to(), c.minValue(), c.regime(),
                    c.authorities(), c.asOf(), passThroughDays, c.limit(), c.offset(), c.shipmentsListed(),
                    c.linksListed());
        }
    }

    /**
     * One chain: supplier → intermediary → consignee, its two legs, its links to designated parties (the strongest
     * in {@code link}, the first {@code links} of {@code linkCount} in {@code links}), its score.
     */
    record ChainView(int rank, double score, List<ChainScoring.Component> components, PartyView supplier,
            PartyView intermediary, PartyView consignee, LegView inbound, LegView outbound, LegView directBefore,
            LinkView link, int linkCount, List<LinkView> links, List<String> sources) {

        static ChainView of(int rank, ChainScoring.Scored scored, ChainScoring scoring, ChainCriteria criteria) {
            var legs = scored.legs();
            var strongest = LinkView.of(scored.links().getFirst(), scoring.strength(scored.links().getFirst()));
            var links = scored.links().stream().limit(criteria.linksListed())
                    .map(l -> LinkView.of(l, scoring.strength(l))).toList();
            int shipmentsShown = criteria.shipmentsListed();
            var sources = new LinkedHashSet<String>();
            for (var party : List.of(legs.supplier(), legs.intermediary(), legs.consignee())) {
                sources.add(party.source());
            }
            for (var shipments : List.of(legs.inbound(), legs.outbound(), legs.direct())) {
                shipments.stream().limit(shipmentsShown).forEach(s -> sources.add(s.source()));
            }
            for (var link : links.isEmpty() ? List.of(strongest) : links) {
                sources.add(link.party().source());
                link.path().forEach(h -> sources.add(h.source()));
                link.designations().forEach(d -> sources.add(d.source()));
            }
            sources.remove(null);
            return new ChainView(rank, scored.score(), scored.components(), PartyView.of(legs.supplier()),
                    PartyView.of(legs.intermediary()), PartyView.of(legs.consignee()),
                    LegView.of(legs.supplier(), legs.intermediary(), legs.inbound(), Map.of(), criteria),
                    LegView.of(legs.intermediary(), legs.consignee(), legs.outbound(), scored.passThrough(),
                            criteria),
                    LegView.of(legs.supplier(), legs.consignee(), legs.direct(), Map.of(), criteria), strongest,
                    scored.links().size(), links, List.copyOf(sources));
        }
    }

    @Schema(name = "ChainParty")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PartyView(String id, String name, String country, LocalDate incorporationDate, String source,
            String sourceUrl) {

        static PartyView of(ChainFacts.Party p) {
            return new PartyView(p.id(), p.name(), p.country(), p.incorporationDate(), p.source(), p.sourceUrl());
        }
    }

    /**
     * The shipments of one leg: count, value and dates over all of them; the first {@code shipments} of the request
     * listed in date order, and when there are more, {@code more}: the shipper's shipments endpoint filtered to the
     * leg's counterparty (and the request's goods and dates), to page through them. The outbound leg counts only the
     * shipments that follow an inbound one of the same HS-6; the endpoint lists every shipment between the two.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LegView(int count, double valueUsd, LocalDate first, LocalDate last, List<ShipmentView> shipments,
            boolean truncated, String more) {

        static LegView of(ChainFacts.Party shipper, ChainFacts.Party consignee, List<ChainFacts.Shipment> shipments,
                Map<String, List<String>> passThrough, ChainCriteria criteria) {
            int shown = criteria.shipmentsListed();
            var sorted = shipments.stream()
                    .sorted(Comparator.comparing(ChainFacts.Shipment::date,
                            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ChainFacts.Shipment::id))
                    .toList();
            var dates = sorted.stream().map(ChainFacts.Shipment::date).filter(Objects::nonNull).toList();
            double value = sorted.stream().mapToDouble(ChainFacts.Shipment::value).sum();
            var listed = sorted.stream().limit(shown)
                    .map(s -> ShipmentView.of(s, passThrough.get(s.id())))
                    .toList();
            boolean truncated = sorted.size() > shown;
            return new LegView(sorted.size(), cents(value), dates.isEmpty() ? null : dates.getFirst(),
                    dates.isEmpty() ? null : dates.getLast(), listed, truncated,
                    truncated ? more(shipper.id(), consignee.id(), criteria) : null);
        }

        /** The shipments endpoint of the shipper, filtered to this leg's consignee and the request's goods and dates. */
        private static String more(String shipper, String consignee, ChainCriteria criteria) {
            var url = new StringBuilder("/api/entities/").append(encode(shipper))
                    .append("/shipments?direction=out&counterparty=").append(encode(consignee));
            if (criteria.hsPrefixes() != null && criteria.hsPrefixes().size() == 1) {
                url.append("&hs=").append(criteria.hsPrefixes().getFirst());
            }
            if (criteria.from() != null) {
                url.append("&from=").append(criteria.from());
            }
            if (criteria.to() != null) {
                url.append("&to=").append(criteria.to());
            }
            return url.toString();
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    /** Money rounded to cents, as every answer shows it. */
    static double cents(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static Double cents(Double value) {
        return value == null ? null : cents(value.doubleValue());
    }

    /** One customs record; on the outbound leg, {@code passesOn} names the inbound shipments it may re-export. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ShipmentView(String id, LocalDate date, String hsCode, String hs6, String chplTier, Double valueUsd,
            String description, List<String> passesOn, String source, String sourceUrl) {

        static ShipmentView of(ChainFacts.Shipment s, List<String> passesOn) {
            return new ShipmentView(s.id(), s.date(), s.hsCode(), s.hs6(), s.chplTier(), cents(s.valueUsd()),
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
    @JsonInclude(JsonInclude.Include.NON_NULL)
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
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DesignationView(String basis, String authority, String program, LocalDate listedOn, String regime,
            boolean possibly, List<String> contributors, String source) {
    }
}
