package io.ownerscope.loading.ftm;

import io.ownerscope.graph.Graph;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FtmReaderConfiguration {

    @Bean
    FtmReader ftmReader(ObjectProvider<Graph> graph) {
        return new FtmReader(graph::getObject);
    }
}
