package io.ownerscope.queries;

import java.util.ArrayList;

import io.ownerscope.graph.Graph;
import io.ownerscope.graph.SchemaMigrations;
import io.ownerscope.system.WarmUp;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueriesSettings.class)
class QueriesConfiguration {

    /**
     * The shipped queries, then those of the configured folder. Their headers are read at once; the graph, with its
     * schema in place, is asked for when the first query is planned, so that listing the catalog starts no store.
     */
    @Bean
    QueryCatalog queryCatalog(ObjectProvider<Graph> graph, QueriesSettings settings,
            ObjectProvider<SchemaMigrations> schema) {
        var files = new ArrayList<>(QueryFiles.shipped());
        if (settings.directory() != null && !settings.directory().toString().isBlank()) {
            files.addAll(QueryFiles.in(settings.directory().toAbsolutePath().normalize()));
        }
        return QueryCatalog.read(() -> {
            schema.getObject();
            return graph.getObject();
        }, files);
    }

    /** The service plans every query as it starts and reports the invalid ones; a command plans only its own. */
    @Bean
    @ConditionalOnWebApplication
    QueryCatalogCheck queryCatalogCheck(QueryCatalog catalog) {
        return new QueryCatalogCheck(catalog);
    }

    @Bean
    @ConditionalOnWebApplication
    WarmUp savedQueryCheck(QueryCatalogCheck check) {
        return new WarmUp("saved query check", check::checkAll);
    }

    @Bean
    QueryRunner queryRunner(Graph graph) {
        return new QueryRunner(graph);
    }
}
