package io.ownerscope.loading;

import java.time.Clock;

import io.ownerscope.graph.EmbeddedNeo4j;
import io.ownerscope.graph.Graph;
import io.ownerscope.graph.SchemaMigrations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoadSettings.class)
class LoadingConfiguration {

    /** Depends on the schema so that loads always MERGE on constrained, indexed keys. */
    @Bean
    CsvLoader csvLoader(Graph graph, LoadSettings settings, SchemaMigrations schema,
            ApplicationEventPublisher events) {
        return new CsvLoader(graph, settings.batchSize(), settings.writers(), report -> events.publishEvent(new GraphLoaded(report)));
    }

    @Bean
    InitialLoad initialLoad(CsvLoader rows, Graph graph, ObjectProvider<EmbeddedNeo4j> embedded) {
        return new InitialLoad(rows, graph, embedded::getIfAvailable, Clock.systemUTC());
    }

    @Bean
    BodsLoader bodsLoader(CsvLoader rows) {
        return new BodsLoader(rows);
    }

    @Bean
    FtmLoader ftmLoader(CsvLoader rows, Graph graph) {
        return new FtmLoader(rows, graph);
    }

    @Bean
    GleifLeiLoader gleifLeiLoader(CsvLoader rows) {
        return new GleifLeiLoader(rows);
    }

    @Bean
    GleifRrLoader gleifRrLoader(CsvLoader rows) {
        return new GleifRrLoader(rows);
    }

    @Bean
    GleifRepexLoader gleifRepexLoader(CsvLoader rows) {
        return new GleifRepexLoader(rows);
    }

    @Bean
    MappedCsvLoader mappedCsvLoader(CsvLoader rows, LoadSettings settings) {
        return new MappedCsvLoader(rows, settings.batchSize());
    }

    @Bean
    OfacSdnLoader ofacSdnLoader(CsvLoader rows) {
        return new OfacSdnLoader(rows);
    }

    @Bean
    UnListLoader unListLoader(CsvLoader rows) {
        return new UnListLoader(rows);
    }
}
