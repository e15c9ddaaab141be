package io.ownerscope.loading.mapped;

import io.ownerscope.loading.LoadSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MappedCsvReaderConfiguration {

    @Bean
    MappedCsvReader mappedReader(LoadSettings settings) {
        return new MappedCsvReader(settings.batchSize());
    }
}
