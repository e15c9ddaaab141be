package io.ownerscope.resolution;

import io.ownerscope.graph.Graph;
import io.ownerscope.graph.SchemaMigrations;
import io.ownerscope.matching.NameMatcher;
import io.ownerscope.screening.FrequentKeys;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResolutionSettings.class)
class ResolutionConfiguration {

    @Bean
    Decisions decisions(Graph graph, ApplicationEventPublisher events, ResolutionSettings settings,
            SchemaMigrations schema) {
        return new Decisions(graph, events, settings);
    }

    @Bean
    Resolver resolver(Graph graph, NameMatcher matcher, FrequentKeys frequentKeys, Decisions decisions,
            ResolutionSettings settings) {
        return new Resolver(graph, matcher, frequentKeys, decisions, settings);
    }

    @Bean
    Candidates candidates(Graph graph) {
        return new Candidates(graph);
    }
}
