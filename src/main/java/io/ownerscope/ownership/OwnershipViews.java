package io.ownerscope.ownership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON shapes of the ownership answers: each owner, holding and designation with its paths and sources. */
final class OwnershipViews {

    private OwnershipViews() {
    }

    /** @param members the records that are this party (identity links), when more than one */
    @Schema(name = "OwnershipParty")
    record PartyView(String id, String name, List<String> labels, String country, List<String> members) {
        static PartyView of(Party party) {
            return new PartyView(party.id(), party.name(), party.labels(), party.country(), party.members());
        }
    }

    /**
     * Why two records count as one party: both state the same strong identifier.
     *
     * @param from the record with the lower id (id, name, dataset, record id), {@code to} the other
     * @param sources the provenance of the link itself
     */
    record IdentityLinkView(String scheme, String value, Map<String, Object> from, Map<String, Object> to,
            List<Map<String, Object>> sources) {
        static IdentityLinkView of(io.ownerscope.identity.SameAsLink link) {
            return new IdentityLinkView(link.scheme(), link.value(), link.from(), link.to(),
                    OwnershipViews.sources(link.source()));
        }
    }

    /** One link of a path: who owns (or controls) whom, with what, since when, according to which source. */
    @Schema(name = "OwnershipHop")
    record HopView(PartyView owner, PartyView owned, String type, Double share, Double shareMin, Double shareMax,
            String interestType, LocalDate startDate, LocalDate endDate, List<Map<String, Object>> sources) {

        static HopView of(EffectiveOwnership.Hop hop) {
            var h = hop.holding();
            var equity = h.isEquity();
            return new HopView(PartyView.of(hop.owner()), PartyView.of(hop.owned()), h.kind().name(), h.share(),
                    equity ? h.shareMin() : null, equity ? h.shareMax() : null, h.interestType(), h.startDate(),
                    h.endDate(), OwnershipViews.sources(h.source()));
        }
    }

    @Schema(name = "OwnershipPath")
    record PathView(Double share, double shareMin, double shareMax, List<HopView> hops) {
        static PathView of(EffectiveOwnership.OwnershipPath path) {
            return new PathView(path.share(), path.shareMin(), path.shareMax(),
                    path.hops().stream().map(HopView::of).toList());
        }
    }

    /**
     * @param members the records that are this party (identity links), when more than one
     * @param meetsThreshold {@code true} when even the minimum reaches the threshold, {@code false} when only the
     *     maximum of a range does
     */
    record StakeView(String id, String name, List<String> labels, String country, List<String> members,
            Double effectiveShare, double effectiveShareMin, double effectiveShareMax, boolean ultimate,
            boolean meetsThreshold, int pathCount, List<PathView> paths) {

        static StakeView of(EffectiveOwnership.Stake stake, double threshold) {
            var party = stake.party();
            return new StakeView(party.id(), party.name(), party.labels(), party.country(), party.members(),
                    stake.effectiveShare(),
                    stake.effectiveShareMin(), stake.effectiveShareMax(), stake.ultimate(),
                    stake.effectiveShareMin() >= threshold, stake.pathCount(),
                    stake.paths().stream().map(PathView::of).toList());
        }
    }

    /** Control without equity over the entity or one of its owners: reported, never multiplied into shares. */
    record ControlView(PartyView controller, PartyView controlled, String interestType, LocalDate startDate,
            LocalDate endDate, List<Map<String, Object>> sources) {
    }

    /**
     * @param identityLinks the links that make several records one party in this answer
     * @param largestBelowThreshold when no owner reaches the threshold: the largest share of those that do not, so
     *     that the user knows how far to lower it
     */
    record OwnersView(PartyView entity, LocalDate asOf, double threshold, boolean ultimate, List<StakeView> owners,
            List<ControlView> controllers, List<IdentityLinkView> identityLinks, boolean truncated,
            BelowThresholdView largestBelowThreshold) {
    }

    /** The owner with the largest share below the threshold (the maximum of a range), when none reaches it. */
    record BelowThresholdView(String id, String name, double share) {
    }

    /** @param identityLinks the links that make several records one party in this answer */
    record HoldingsView(PartyView entity, LocalDate asOf, double threshold, List<StakeView> holdings,
            List<IdentityLinkView> identityLinks, boolean truncated) {
    }

    record ListingView(String sanctionId, String authority, String program, LocalDate listedOn,
            LocalDate delistedOn, List<Map<String, Object>> sources) {
        static ListingView of(Listing listing) {
            return new ListingView(listing.sanctionId(), listing.authority(), listing.program(), listing.listedOn(),
                    listing.delistedOn(), OwnershipViews.sources(listing.source()));
        }
    }

    /**
     * @param ownerListings when the owner is listed: its listings under the regime (authority, program, dates)
     * @param ownerContributions when the owner is itself derived: the contributions that made it designated, nested
     *     down to the listed parties (each party once; empty past the depth cap)
     */
    record ContributionView(PartyView owner, String ownerBasis, String type, Double share, double shareMin,
            double shareMax, PartyView designatedParty, List<HopView> path, List<Map<String, Object>> sources,
            List<ListingView> ownerListings, List<ContributionView> ownerContributions) {

        static ContributionView of(Designation.Contribution c, DesignationCauses causes, Set<String> explained) {
            var cause = causes.of(c.owner());
            var listings = cause.map(d -> d.listings().stream().map(ListingView::of).toList()).orElse(List.of());
            List<ContributionView> nested = List.of();
            if (cause.isPresent() && cause.get().basis() == Designation.Basis.DERIVED
                    && !explained.contains(c.owner().id())) {
                var deeper = new HashSet<>(explained);
                deeper.add(c.owner().id());
                nested = DesignationExplanation.ordered(cause.get().contributions()).stream()
                        .map(n -> of(n, causes, deeper)).toList();
            }
            return new ContributionView(PartyView.of(c.owner()), OwnershipViews.basis(c.ownerBasis()),
                    c.kind().name(), c.share(), c.shareMin(), c.shareMax(), PartyView.of(c.designatedParty()),
                    c.path().stream().map(HopView::of).toList(), OwnershipViews.sources(c.source()), listings,
                    nested);
        }
    }

    /**
     * @param aggregateShare the share designated owners hold as the regime counts it (the minimum of ranges)
     * @param explanation the answer in one sentence
     * @param identityLinks the links that make several records one party in this answer (a listing of one record
     *     designates every record of its party)
     * @param formerly when not designated on the date but designated before: since when not, and why
     */
    record DesignationView(PartyView entity, String regime, LocalDate asOf, boolean designated, String basis,
            boolean possibly, double aggregateShare, double aggregateShareMax, String explanation,
            List<ListingView> listings, List<ContributionView> contributions, List<IdentityLinkView> identityLinks,
            boolean truncated, FormerlyView formerly) {

        static DesignationView of(Designation d, DesignationCauses causes, List<IdentityLinkView> identityLinks,
                boolean truncated, FormerlyView formerly) {
            var explained = Set.of(d.party().id());
            return new DesignationView(PartyView.of(d.party()), d.regime().name(), d.asOf(), d.designated(),
                    OwnershipViews.basis(d.basis()), d.possibly(), d.aggregateShareMin(), d.aggregateShareMax(),
                    DesignationExplanation.of(d, causes), d.listings().stream().map(ListingView::of).toList(),
                    d.contributions().stream().map(c -> ContributionView.of(c, causes, explained)).toList(),
                    identityLinks, truncated, formerly);
        }
    }

    /**
     * A designation that no longer holds.
     *
     * @param until the day it ended: the delisting date of a listing, the end date of a stake or control link
     * @param because what ended, and the designation as it stood on its last day
     */
    record FormerlyView(LocalDate until, String because) {
    }

    static String basis(Designation.Basis basis) {
        return basis.name().toLowerCase();
    }

    /** The source of a fact without empty fields; none when the fact carries no provenance. */
    /**
     * The sources of a fact: its one source, or, for a holding several sources state, every statement with its
     * source and share (and, when the shares disagree, which sources say what).
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> sources(Map<String, Object> source) {
        if (source.get("statements") instanceof List<?> statements) {
            var all = new ArrayList<Map<String, Object>>();
            for (var statement : statements) {
                all.addAll(sources((Map<String, Object>) statement));
            }
            if (source.get("disagreement") != null && !all.isEmpty()) {
                var first = new LinkedHashMap<>(all.getFirst());
                first.put("disagreement", source.get("disagreement"));
                all.set(0, first);
            }
            return all;
        }
        var clean = new LinkedHashMap<String, Object>();
        source.forEach((key, value) -> {
            if (value != null) {
                clean.put(key, value);
            }
        });
        return clean.isEmpty() ? List.of() : List.of(clean);
    }

    static String name(Party party) {
        return Objects.requireNonNullElse(party.name(), party.id());
    }
}
