package io.ownerscope.loading;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param batchSize rows per write transaction */
@ConfigurationProperties("ownerscope.load")
public record LoadSettings(@DefaultValue("1000") int batchSize) {
}
