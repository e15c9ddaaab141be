package io.ownerscope.ownership;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import io.ownerscope.system.ApiLimits;
import io.ownerscope.system.NotFoundException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/** Answers "who owns this", "what does this hold" and "is this designated" for one entity, with evidence. */
@Service
@EnableConfigurationProperties(OwnershipSettings.class)
class OwnershipService {

    /** How many of the latest ended listings and links are tried when asking since when a designation ended. */
    private static final int FORMERLY_CANDIDATES = 5;

    private final OwnershipRepository repository;
    private final OwnershipSettings settings;
    private final ApiLimits limits;
    private final EffectiveOwnership effectiveOwnership;
    private final DesignationRules rules;

    OwnershipService(OwnershipRepository repository, OwnershipSettings settings, ApiLimits limits) {
        this.repository = repository;
        this.settings = settings;
        this.limits = limits;
        this.effectiveOwnership = new EffectiveOwnership(
                Math.min(settings.maxDepth(), OwnershipRepository.TRAVERSAL_HOPS), settings.maxPaths(),
                settings.pathsShown());
        this.rules = new DesignationRules(settings.euInclusiveFrom());
    }

    OwnershipViews.OwnersView owners(String id, LocalDate asOf, double threshold, boolean ultimate) {
        var network = neighbourhood(id, OwnershipRepository.Direction.UPSTREAM, asOf, List.of(),
                listingOf(limits.maxOwners()));
        var entity = network.party(id);
        var result = effectiveOwnership.owners(network, id);
        var owners = result.stakes().stream()
                .filter(stake -> stake.effectiveShareMax() >= threshold)
                .filter(stake -> !ultimate || stake.ultimate())
                .limit(limits.maxOwners() + 1L)
                .map(stake -> OwnershipViews.StakeView.of(stake, threshold))
                .toList();
        var chain = new HashSet<String>();
        chain.add(id);
        result.stakes().forEach(stake -> chain.add(stake.party().id()));
        var controllers = controllers(network, chain);
        var shown = new HashSet<String>(chain);
        controllers.forEach(c -> shown.add(c.controller().id()));
        return new OwnershipViews.OwnersView(OwnershipViews.PartyView.of(entity), asOf, threshold, ultimate,
                capped(owners, limits.maxOwners()), controllers, identityLinks(network, shown),
                result.truncated() || owners.size() > limits.maxOwners(),
                owners.isEmpty() ? largestBelow(result.stakes(), ultimate) : null);
    }

    private static OwnershipViews.BelowThresholdView largestBelow(List<EffectiveOwnership.Stake> stakes,
            boolean ultimate) {
        return stakes.stream()
                .filter(stake -> !ultimate || stake.ultimate())
                .max(java.util.Comparator.comparingDouble(EffectiveOwnership.Stake::effectiveShareMax))
                .map(stake -> new OwnershipViews.BelowThresholdView(stake.party().id(),
                        OwnershipViews.name(stake.party()), stake.effectiveShareMax()))
                .orElse(null);
    }

    OwnershipViews.HoldingsView holdings(String id, LocalDate asOf, double threshold) {
        var network = neighbourhood(id, OwnershipRepository.Direction.DOWNSTREAM, asOf, List.of(),
                listingOf(limits.maxHoldings()));
        var entity = network.party(id);
        var result = effectiveOwnership.holdings(network, id);
        var holdings = result.stakes().stream()
                .filter(stake -> stake.effectiveShareMax() >= threshold)
                .limit(limits.maxHoldings() + 1L)
                .map(stake -> OwnershipViews.StakeView.of(stake, threshold))
                .toList();
        var shown = new HashSet<String>();
        shown.add(id);
        result.stakes().forEach(stake -> shown.add(stake.party().id()));
        return new OwnershipViews.HoldingsView(OwnershipViews.PartyView.of(entity), asOf, threshold,
                capped(holdings, limits.maxHoldings()), identityLinks(network, shown),
                result.truncated() || holdings.size() > limits.maxHoldings());
    }

    /** The designation and, when it does not hold, since when it no longer does: one read transaction. */
    OwnershipViews.DesignationView designation(String id, Regime regime, LocalDate asOf) {
        return repository.inOneRead(reader -> designation(reader, id, regime, asOf));
    }

    private OwnershipViews.DesignationView designation(OwnershipRepository.Reader reader, String id, Regime regime,
            LocalDate asOf) {
        var alone = reader.aloneUpstream(id, asOf, settings.authoritiesOf(regime));
        if (alone.isPresent()) {
            var designation = rules.designationOf(alone.get(), regime, asOf, id);
            return OwnershipViews.DesignationView.of(designation, DesignationCauses.of(rules, alone.get(),
                    designation), List.of(), alone.get().truncated(), null);
        }
        return designationInFull(reader, id, regime, asOf);
    }

    /** The designation read from the whole upstream network, as it is answered when something upstream is listed. */
    OwnershipViews.DesignationView designationInFull(String id, Regime regime, LocalDate asOf) {
        return repository.inOneRead(reader -> designationInFull(reader, id, regime, asOf));
    }

    private OwnershipViews.DesignationView designationInFull(OwnershipRepository.Reader reader, String id,
            Regime regime, LocalDate asOf) {
        var network = neighbourhood(reader, id, OwnershipRepository.Direction.UPSTREAM, asOf,
                settings.authoritiesOf(regime), settings.maxNodes());
        var designation = rules.designationOf(network, regime, asOf, id);
        var shown = new HashSet<String>();
        shown.add(id);
        designation.contributions().forEach(c -> {
            shown.add(c.owner().id());
            shown.add(c.designatedParty().id());
            c.path().forEach(hop -> {
                shown.add(hop.owner().id());
                shown.add(hop.owned().id());
            });
        });
        var causes = DesignationCauses.of(rules, network, designation);
        return OwnershipViews.DesignationView.of(designation, causes, identityLinks(network, shown),
                network.truncated(), designation.designated() ? null : formerly(reader, id, regime, asOf));
    }

    /**
     * Whether the entity was designated on the last day something upstream of it was in force (a listing, a
     * link), the latest such thing first: since when it no longer is, and why.
     */
    private OwnershipViews.FormerlyView formerly(OwnershipRepository.Reader reader, String id, Regime regime,
            LocalDate asOf) {
        var authorities = settings.authoritiesOf(regime);
        for (var ended : reader.endedBefore(id, asOf, authorities, FORMERLY_CANDIDATES)) {
            var network = neighbourhood(reader, id, OwnershipRepository.Direction.UPSTREAM, ended.lastDay(),
                    authorities, settings.maxNodes());
            var before = rules.designationOf(network, regime, ended.lastDay(), id);
            if (before.designated()) {
                return new OwnershipViews.FormerlyView(ended.until(), ended.what() + "; on " + ended.lastDay()
                        + ", " + DesignationExplanation.of(before, DesignationCauses.of(rules, network, before)));
            }
        }
        return null;
    }

    /** The identity links between the records of the parties an answer shows: why they count as one. */
    private static List<OwnershipViews.IdentityLinkView> identityLinks(OwnershipNetwork network,
            java.util.Set<String> partyIds) {
        return network.identityLinks().stream()
                .filter(link -> partyIds.contains(network.party(link.fromId()).id()))
                .map(OwnershipViews.IdentityLinkView::of)
                .toList();
    }

    /** Control links into the entity or any of its owners. */
    private static List<OwnershipViews.ControlView> controllers(OwnershipNetwork network, java.util.Set<String> chain) {
        return chain.stream()
                .flatMap(id -> network.holdingsInto(id).stream())
                .filter(h -> !h.isEquity())
                .map(h -> new OwnershipViews.ControlView(OwnershipViews.PartyView.of(network.party(h.ownerId())),
                        OwnershipViews.PartyView.of(network.party(h.ownedId())), h.interestType(), h.startDate(),
                        h.endDate(), OwnershipViews.sources(h.source())))
                .sorted(java.util.Comparator.comparing((OwnershipViews.ControlView c) -> c.controlled().id())
                        .thenComparing(c -> c.controller().id()))
                .toList();
    }

    private static <T> List<T> capped(List<T> stakes, int cap) {
        return stakes.size() > cap ? stakes.subList(0, cap) : stakes;
    }

    /**
     * The parties a listing of at most {@code cap} stakes reads: the entity, the cap, and one more that tells a
     * truncated listing from one exactly at the cap.
     */
    private static int listingOf(int cap) {
        return cap + 2;
    }

    private OwnershipNetwork neighbourhood(String id, OwnershipRepository.Direction direction, LocalDate asOf,
            List<String> authorities, int maxParties) {
        return found(id, repository.neighbourhood(id, direction, asOf, authorities, maxParties));
    }

    private static OwnershipNetwork neighbourhood(OwnershipRepository.Reader reader, String id,
            OwnershipRepository.Direction direction, LocalDate asOf, List<String> authorities, int maxParties) {
        return found(id, reader.neighbourhood(id, direction, asOf, authorities, maxParties));
    }

    private static OwnershipNetwork found(String id, java.util.Optional<OwnershipNetwork> network) {
        return network.orElseThrow(() -> new NotFoundException("No entity with id '" + id + "'"));
    }
}
