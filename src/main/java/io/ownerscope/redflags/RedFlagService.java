package io.ownerscope.redflags;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.ownerscope.system.NotFoundException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/** Red-flag reports of one entity and rankings of a country's companies by their score. */
@Service
@EnableConfigurationProperties(RedFlagSettings.class)
class RedFlagService {

    private final RedFlagRepository repository;
    private final RedFlagSettings settings;

    RedFlagService(RedFlagRepository repository, RedFlagSettings settings) {
        this.repository = repository;
        this.settings = settings;
    }

    RedFlagViews.EntityRedFlags report(String id, LocalDate asOf) {
        var subject = repository.subject(id)
                .orElseThrow(() -> new NotFoundException("No entity with id '" + id + "'"));
        var results = repository.assess(List.of(id), asOf).getOrDefault(id, List.of());
        var flags = results.stream().map(r -> RedFlagViews.FlagView.of(r, settings.weightOf(r.flag()))).toList();
        var components = components(results);
        return new RedFlagViews.EntityRedFlags(
                new RedFlagViews.EntityRef(subject.id(), subject.name(), subject.labels(), subject.country(),
                        subject.sources()),
                asOf, score(components), components, components.stream().map(RedFlagViews.Component::flag).toList(),
                flags);
    }

    RedFlagViews.Ranking rank(String country, int limit, double minScore, LocalDate asOf) {
        var ranking = settings.ranking();
        var companies = repository.companiesOf(country, ranking.maxCompanies());
        boolean truncated = companies.size() > ranking.maxCompanies();
        if (truncated) {
            companies = companies.subList(0, ranking.maxCompanies());
        }
        var scored = new ArrayList<RedFlagViews.RankedCompany>();
        for (int from = 0; from < companies.size(); from += ranking.batchSize()) {
            var batch = companies.subList(from, Math.min(companies.size(), from + ranking.batchSize()));
            var results = repository.assess(batch.stream().map(RedFlagRepository.Company::id).toList(), asOf);
            for (var company : batch) {
                var components = components(results.getOrDefault(company.id(), List.of()));
                double score = score(components);
                if (!components.isEmpty() && score >= minScore) {
                    scored.add(new RedFlagViews.RankedCompany(0, company.id(), company.name(), score, components,
                            components.stream().map(RedFlagViews.Component::flag).toList()));
                }
            }
        }
        scored.sort(Comparator.comparingDouble(RedFlagViews.RankedCompany::score).reversed()
                .thenComparing(c -> -c.flags().size())
                .thenComparing(RedFlagViews.RankedCompany::id));
        var top = new ArrayList<RedFlagViews.RankedCompany>();
        for (int i = 0; i < Math.min(limit, scored.size()); i++) {
            var c = scored.get(i);
            top.add(new RedFlagViews.RankedCompany(i + 1, c.id(), c.name(), c.score(), c.components(), c.flags()));
        }
        return new RedFlagViews.Ranking(country, asOf, minScore, limit, companies.size(), truncated, scored.size(),
                settings.weights(), top);
    }

    private List<RedFlagViews.Component> components(List<FlagResult> results) {
        return results.stream().filter(FlagResult::raised)
                .map(r -> new RedFlagViews.Component(r.flag().id(), settings.weightOf(r.flag()))).toList();
    }

    private static double score(List<RedFlagViews.Component> components) {
        return components.stream().mapToDouble(RedFlagViews.Component::weight).sum();
    }
}
