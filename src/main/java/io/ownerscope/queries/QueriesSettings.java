package io.ownerscope.queries;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where saved queries come from besides those shipped in the jar.
 *
 * @param directory a folder of further {@code .cypher} query files (any depth), read at start-up; none if empty
 */
@ConfigurationProperties("ownerscope.queries")
record QueriesSettings(Path directory) {
}
