package io.ownerscope.paths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import io.ownerscope.graph.Graph;
import io.ownerscope.ownership.SanctionAuthorities;
import io.ownerscope.system.BadRequestException;
import io.ownerscope.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Paths between two entities and the designated parties near one entity, each search in one read transaction with
 * the configured timeout, capped in hops, paths and entities reached.
 */
@Service
@EnableConfigurationProperties(PathsSettings.class)
class PathsService {

    private static final Logger LOG = LoggerFactory.getLogger(PathsService.class);

    private final Graph graph;
    private final PathsSettings settings;
    private final SanctionAuthorities authorities;
    private final ExposureIndex exposureIndex;

    PathsService(Graph graph, PathsSettings settings, SanctionAuthorities authorities, ExposureIndex exposureIndex) {
        this.graph = graph;
        this.settings = settings;
        this.authorities = authorities;
        this.exposureIndex = exposureIndex;
    }

    /**
     * Up to {@code k} shortest paths from one entity to another.
     *
     * @param types comma-separated link groups (blank: all)
     * @param k paths wanted (null: the configured default)
     * @param maxHops hop cap (null: the configured default)
     */
    PathViews.PathsView paths(String from, String to, String types, Integer k, Integer maxHops, LocalDate asOf,
            boolean allowHubs) {
        if (from.equals(to)) {
            throw new BadRequestException("from and to are the same entity; name two different entities");
        }
        int paths = bounded("k", k, settings.defaultK(), settings.maxK());
        int hops = bounded("maxHops", maxHops, settings.defaultMaxHops(), settings.maxHops());
        var groups = groups(types);
        return graph.read(tx -> {
            var network = new GraphNetwork(tx, asOf, groups, allowHubs, settings.hubDegree(), List.of(), List.of());
            var endpoints = network.entities(List.of(from, to));
            for (var id : List.of(from, to)) {
                if (!endpoints.containsKey(id)) {
                    throw new NotFoundException("no entity with id '" + id + "'");
                }
            }
            var explored = new Explored(network, endpoints, allowHubs, settings.hubDegree(), settings.maxNodes());
            var found = new PathSearch(explored, from, to, paths, hops).find();
            var rendering = new PathRendering(explored);
            return new PathViews.PathsView(endpoints.get(from), endpoints.get(to), asOf, hops, paths,
                    groups.stream().map(LinkGroup::apiName).toList(), allowHubs,
                    found.stream().map(rendering::view).toList(), explored.hubsSkipped(), explored.truncated());
        });
    }

    /** How an exposure search reads its levels (the benchmark times each). */
    enum LevelReads {
        /** Every level from the graph, without the exposure index. */
        GRAPH,
        /** From the graph, pruned with the exposure index. */
        GRAPH_PRUNED,
        /** Pruned with the index, from its in-memory snapshot when this instance holds it (else as GRAPH_PRUNED). */
        SNAPSHOT
    }

    /**
     * The designated parties nearest to an entity under one regime or (null) all of them.
     *
     * @param maxHops hop cap (null: the configured default)
     */
    PathViews.ExposureView exposure(String id, Integer maxHops, LocalDate asOf, String regime, boolean allowHubs,
            boolean everyLevel) {
        return exposure(id, maxHops, asOf, regime, allowHubs, everyLevel, LevelReads.SNAPSHOT);
    }

    /**
     * As {@link #exposure(String, Integer, LocalDate, String, boolean, boolean)}, reading the levels as
     * {@code reads} says.
     */
    PathViews.ExposureView exposure(String id, Integer maxHops, LocalDate asOf, String regime, boolean allowHubs,
            boolean everyLevel, LevelReads reads) {
        int hops = bounded("maxHops", maxHops, settings.exposureDefaultMaxHops(), settings.exposureMaxHops());
        var regimes = regimes(regime);
        var listingAuthorities = regimes.stream().flatMap(r -> authorities.authoritiesOf(r).stream()).distinct()
                .toList();
        return graph.read(tx -> {
            Network network = new GraphNetwork(tx, asOf, List.of(LinkGroup.values()), allowHubs,
                    settings.hubDegree(), listingAuthorities, regimes);
            var endpoints = network.entities(List.of(id));
            if (endpoints.isEmpty()) {
                throw new NotFoundException("no entity with id '" + id + "'");
            }
            var index = allowHubs || reads == LevelReads.GRAPH ? Optional.<ExposureIndex.State>empty()
                    : ExposureIndex.state(tx, id).filter(state -> state.usableFor(settings.hubDegree(), hops));
            var snapshot = index.filter(state -> reads == LevelReads.SNAPSHOT).flatMap(exposureIndex::snapshot);
            if (snapshot.isPresent()) {
                network = new SnapshotNetwork(snapshot.get(), network, asOf, listingAuthorities, regimes);
            }
            var explored = new Explored(network, endpoints, allowHubs, settings.hubDegree(), settings.maxNodes());
            var lowerBound = ExposureSearch.LowerBound.NONE;
            int listedAtLeast = 1;
            if (index.isPresent()) {
                int beyond = hops + 1;
                var start = index.get();
                explored.knowHops(id, start.startHops() == null ? beyond : start.startHops());
                lowerBound = entity -> explored.hopsToDesignated(entity, beyond);
                listedAtLeast = start.startListedHops() == null ? beyond : start.startListedHops();
            }
            var search = new ExposureSearch(explored, id, hops, everyLevel ? null : settings.exposureExtraHops(),
                    settings.exposurePathsShown(), settings.exposureMaxResults(), lowerBound, listedAtLeast);
            long searchStarted = System.nanoTime();
            var found = search.find();
            long searched = System.nanoTime();
            var shown = found.subList(0, Math.min(found.size(), settings.exposureMaxResults()));
            explored.detail(shown.stream().flatMap(party -> party.paths().stream()).toList(),
                    shown.stream().map(ExposureSearch.Found::id).toList());
            LOG.debug("exposure of {}: {} designated within {} hops, {} pass(es), {}{}{}; search {} ms, details of "
                    + "the paths shown {} ms", id, found.size(), search.searchedHops(), search.passes(),
                    explored.readSummary(), index.isPresent() ? ", pruned with the index" : "",
                    snapshot.isPresent() ? ", levels read in memory" : "", (searched - searchStarted) / 1_000_000,
                    (System.nanoTime() - searched) / 1_000_000);
            var rendering = new PathRendering(explored);
            var parties = new ArrayList<PathViews.DesignatedPartyView>();
            for (var party : shown) {
                var best = party.paths().isEmpty() ? List.of(party.id()) : party.paths().getFirst();
                parties.add(new PathViews.DesignatedPartyView(explored.node(party.id()), party.distance(),
                        party.designation().listings(), party.designation().derived(),
                        rendering.explain(best, party.designation()),
                        party.paths().stream().map(rendering::view).toList()));
            }
            return new PathViews.ExposureView(endpoints.get(id), asOf, hops, search.searchedHops(), regimes, parties,
                    explored.hubsSkipped(),
                    explored.truncated() || search.cappedByResults() || found.size() > parties.size(),
                    index.map(ExposureIndex.State::computedAt).orElse(null));
        });
    }

    private List<LinkGroup> groups(String types) {
        try {
            return LinkGroup.parse(types);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private List<String> regimes(String regime) {
        if (regime == null || regime.isBlank()) {
            return authorities.regimes();
        }
        try {
            return List.of(authorities.regime(regime));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static int bounded(String name, Integer value, int defaultValue, int max) {
        if (value == null) {
            return defaultValue;
        }
        if (value < 1 || value > max) {
            throw new BadRequestException(name + " must be between 1 and " + max + ", was " + value);
        }
        return value;
    }
}
