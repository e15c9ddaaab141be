package io.ownerscope.loading.gleif;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GleifReaderConfiguration {

    @Bean
    GleifLeiReader gleifLeiReader() {
        return new GleifLeiReader();
    }

    @Bean
    GleifRrReader gleifRrReader() {
        return new GleifRrReader();
    }

    @Bean
    GleifRepexReader gleifRepexReader() {
        return new GleifRepexReader();
    }
}
