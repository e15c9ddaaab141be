package io.ownerscope.paths;

import io.ownerscope.system.WarmUp;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service takes the in-memory snapshot of the exposure index as it starts, not at the first exposure search:
 * taking it reads the whole graph, and a search asked for meanwhile would read the graph level by level.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ExposureSnapshotWarmUp {

    @Bean
    WarmUp exposureSnapshot(ExposureIndex index, PathsSettings settings) {
        return new WarmUp("exposure index snapshot", () -> {
            if (settings.exposureInMemory()) {
                index.takeSnapshot();
            }
        });
    }
}
