package io.ownerscope.loading.ftm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/** The schema names of the FollowTheMoney model, kept as data in {@code ftm/schemata.txt}. */
final class FtmSchemata {

    private static final Set<String> NAMES = read();

    private FtmSchemata() {
    }

    static boolean isKnown(String schema) {
        return NAMES.contains(schema);
    }

    private static Set<String> read() {
        try (var in = new ClassPathResource("ftm/schemata.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("ftm/schemata.txt is part of the jar", e);
        }
    }
}
