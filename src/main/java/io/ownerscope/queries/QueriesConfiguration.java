package io.ownerscope.queries;

import java.util.ArrayList;

import io.ownerscope.graph.Graph;
import io.ownerscope.graph.SchemaMigrations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueriesSettings.class)
class QueriesConfiguration {

    /** Checked against the graph once the schema is in place; the shipped queries first, then the folder's. */
    @Bean
    QueryCatalog queryCatalog(Graph graph, QueriesSettings settings, SchemaMigrations schema) {
        var files = new ArrayList<>(QueryFiles.shipped());
        if (settings.directory() != null && !settings.directory().toString().isBlank()) {
            files.addAll(QueryFiles.in(settings.directory().toAbsolutePath().normalize()));
        }
        return QueryCatalog.check(graph, files);
    }

    @Bean
    QueryRunner queryRunner(Graph graph) {
        return new QueryRunner(graph);
    }
}
