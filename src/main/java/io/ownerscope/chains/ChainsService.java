package io.ownerscope.chains;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.ownerscope.ownership.SanctionAuthorities;
import io.ownerscope.system.BadRequestException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Finds intermediary chains: supplier → intermediary in a third country → consignee in Russia or Belarus tied to a
 * designated party; scores and ranks them.
 */
@Service
@EnableConfigurationProperties(ChainsSettings.class)
public class ChainsService {

    private final ChainsRepository repository;
    private final ChainsSettings settings;
    private final SanctionAuthorities regimes;
    private final ChainScoring scoring;

    ChainsService(ChainsRepository repository, ChainsSettings settings, SanctionAuthorities regimes) {
        this.repository = repository;
        this.settings = settings;
        this.regimes = regimes;
        this.scoring = new ChainScoring(settings);
    }

    /** Chains through one intermediary with the default filters, for the benchmark; returns how many were found. */
    public int countThrough(String intermediaryId) {
        return find(criteria(null, intermediaryId, null, null, null, null, null, null, null, null, null,
                settings.maxLimit(), null, 0, 0)).total();
    }

    /** Checks the raw parameters of a request and fills in the defaults. */
    ChainCriteria criteria(String supplier, String intermediary, List<String> intermediaryCountries,
            List<String> destinationCountries, List<String> hs, List<String> tiers, LocalDate from, LocalDate to,
            Double minValue, String regime, LocalDate asOf, Integer limit, Integer offset, Integer shipments,
            Integer links) {
        ChainCriteria.checkDates(from, to);
        String regimeName = null;
        List<String> authorities = null;
        if (regime != null && !regime.isBlank()) {
            try {
                regimeName = regimes.regime(regime);
                authorities = regimes.authoritiesOf(regimeName);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("regime: " + e.getMessage());
            }
        }
        return new ChainCriteria(blankToNull(supplier), blankToNull(intermediary),
                intermediaryCountries == null ? settings.intermediaryCountries()
                        : ChainCriteria.countries("intermediaryCountries", intermediaryCountries),
                destinationCountries == null ? settings.destinationCountries()
                        : ChainCriteria.countries("destinationCountries", destinationCountries),
                ChainCriteria.hsPrefixes(hs), ChainCriteria.tiers(tiers), from, to, ChainCriteria.minValue(minValue),
                regimeName, authorities, asOf == null ? LocalDate.now() : asOf,
                ChainCriteria.limit(limit, settings.defaultLimit(), settings.maxLimit()), ChainCriteria.offset(offset),
                ChainCriteria.listed("shipments", shipments, settings.defaultShipments(), settings.shipmentsShown()),
                ChainCriteria.listed("links", links, settings.defaultLinks(), settings.linksShown()));
    }

    ChainViews.ChainsView find(ChainCriteria criteria) {
        var candidates = repository.candidates(criteria);
        var scored = new ArrayList<ChainScoring.Scored>();
        for (var legs : candidates.legs()) {
            var links = candidates.linksByConsignee().getOrDefault(legs.consignee().id(), List.of());
            if (links.isEmpty()) {
                continue;
            }
            var chain = scoring.score(legs, links);
            if (chain.outboundValue() >= criteria.minValue()) {
                scored.add(chain);
            }
        }
        scored.sort(Comparator.comparingDouble((ChainScoring.Scored s) -> -s.score())
                .thenComparingDouble(s -> -s.outboundValue())
                .thenComparing(s -> s.legs().intermediary().id())
                .thenComparing(s -> s.legs().supplier().id())
                .thenComparing(s -> s.legs().consignee().id()));
        var page = new ArrayList<ChainViews.ChainView>();
        for (int i = criteria.offset(); i < Math.min(scored.size(), criteria.offset() + criteria.limit()); i++) {
            page.add(ChainViews.ChainView.of(i + 1, scored.get(i), scoring, criteria));
        }
        return new ChainViews.ChainsView(ChainViews.Criteria.of(criteria, settings.passThroughDays()), scored.size(),
                candidates.truncated(), page);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
