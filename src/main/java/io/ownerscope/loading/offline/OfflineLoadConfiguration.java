package io.ownerscope.loading.offline;

import java.time.Clock;

import io.ownerscope.graph.EmbeddedNeo4j;
import io.ownerscope.graph.Graph;
import io.ownerscope.loading.LoadEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OfflineLoadConfiguration {

    @Bean
    InitialLoad initialLoad(LoadEngine engine, Graph graph, ObjectProvider<EmbeddedNeo4j> embedded) {
        return new InitialLoad(engine, graph, embedded::getIfAvailable, Clock.systemUTC());
    }
}
