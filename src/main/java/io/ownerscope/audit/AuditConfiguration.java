package io.ownerscope.audit;

import io.ownerscope.graph.Graph;
import io.ownerscope.graph.SchemaMigrations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditSettings.class)
class AuditConfiguration {

    @Bean
    AuditTrail auditTrail(Graph graph, AuditSettings settings, SchemaMigrations schema) {
        return new AuditTrail(graph, settings);
    }
}
