package io.ownerscope.queries;

import java.util.ArrayList;

import io.ownerscope.graph.Graph;
import io.ownerscope.graph.SchemaMigrations;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueriesSettings.class)
class QueriesConfiguration {

    /** The shipped queries, then those of the configured folder; their headers are read once the schema is in place. */
    @Bean
    QueryCatalog queryCatalog(Graph graph, QueriesSettings settings, SchemaMigrations schema) {
        var files = new ArrayList<>(QueryFiles.shipped());
        if (settings.directory() != null && !settings.directory().toString().isBlank()) {
            files.addAll(QueryFiles.in(settings.directory().toAbsolutePath().normalize()));
        }
        return QueryCatalog.read(graph, files);
    }

    /** The service plans every query as it starts and reports the invalid ones; a command plans only its own. */
    @Bean
    @ConditionalOnWebApplication
    QueryCatalogCheck queryCatalogCheck(QueryCatalog catalog) {
        return new QueryCatalogCheck(catalog);
    }

    @Bean
    QueryRunner queryRunner(Graph graph) {
        return new QueryRunner(graph);
    }
}
