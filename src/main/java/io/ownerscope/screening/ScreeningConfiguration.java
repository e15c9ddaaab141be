package io.ownerscope.screening;

import io.ownerscope.graph.Graph;
import io.ownerscope.graph.SchemaMigrations;
import io.ownerscope.matching.NameMatcher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScreeningSettings.class)
class ScreeningConfiguration {

    @Bean
    NameMatcher nameMatcher() {
        return new NameMatcher();
    }

    /** Depends on the schema: the name-key index must exist before keys are written or read. */
    @Bean
    NameIndex nameIndex(Graph graph, ScreeningSettings settings, SchemaMigrations schema) {
        return new NameIndex(graph, settings);
    }

    @Bean
    FrequentKeys frequentKeys(Graph graph, ScreeningSettings settings, SchemaMigrations schema) {
        return new FrequentKeys(graph, settings);
    }

    @Bean
    Screening screening(Graph graph, NameMatcher matcher, FrequentKeys frequentKeys, ScreeningSettings settings) {
        return new Screening(graph, matcher, frequentKeys, settings);
    }
}
