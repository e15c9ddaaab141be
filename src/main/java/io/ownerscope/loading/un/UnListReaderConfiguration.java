package io.ownerscope.loading.un;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class UnListReaderConfiguration {

    @Bean
    UnListReader unReader() {
        return new UnListReader();
    }
}
