package io.ownerscope.loading.ofac;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OfacSdnReaderConfiguration {

    @Bean
    OfacSdnReader ofacReader() {
        return new OfacSdnReader();
    }
}
