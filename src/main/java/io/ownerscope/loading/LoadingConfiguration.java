package io.ownerscope.loading;

import java.time.Clock;
import java.util.List;

import io.ownerscope.graph.Graph;
import io.ownerscope.graph.SchemaMigrations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoadSettings.class)
class LoadingConfiguration {

    /** Every finished load is announced ({@link GraphLoaded}), for what is derived from the facts to follow. */
    @Bean
    LoadEngine loadEngine(LoadSettings settings, ApplicationEventPublisher events) {
        return new LoadEngine(settings.batchSize(), settings.writers(),
                report -> events.publishEvent(new GraphLoaded(report)));
    }

    /** Depends on the schema so that loads always MERGE on constrained, indexed keys. */
    @Bean
    LoadService loadService(LoadEngine engine, Graph graph, SchemaMigrations schema, List<SourceReader> readers,
            LoadSettings settings) {
        return new LoadService(engine, new GraphWriter(graph, Clock.systemUTC(), settings.createNew()), readers);
    }
}
