package io.ownerscope.loading.bods;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BodsReaderConfiguration {

    @Bean
    BodsReader bodsReader() {
        return new BodsReader();
    }
}
