package io.ownerscope.loading.csv;

import io.ownerscope.loading.LoadSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CsvReaderConfiguration {

    @Bean
    CanonicalCsvReader csvReader(LoadSettings settings) {
        return new CanonicalCsvReader(settings.batchSize());
    }
}
