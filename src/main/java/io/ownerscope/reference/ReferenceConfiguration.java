package io.ownerscope.reference;

import java.time.Duration;

import io.ownerscope.graph.Graph;
import io.ownerscope.graph.SchemaMigrations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TransshipmentCountries.class)
class ReferenceConfiguration {

    /** Applied at start-up, after the schema, so that the graph always holds the list the jar ships. */
    @Bean
    ChplReferenceData chplReferenceData(Graph graph, SchemaMigrations schema,
            @Value("${ownerscope.reference.timeout:10m}") Duration timeout) {
        var reference = new ChplReferenceData(graph, timeout);
        reference.apply(CommonHighPriorityList.shipped());
        return reference;
    }
}
