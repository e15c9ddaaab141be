package io.ownerscope.loading;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param batchSize rows per write transaction
 * @param rejectsDir where {@code load} writes a rejects file when {@code --rejects} names none
 */
@ConfigurationProperties("ownerscope.load")
public record LoadSettings(@DefaultValue("1000") int batchSize, @DefaultValue("rejects") Path rejectsDir) {
}
