package io.ownerscope.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the Cypher statements kept as files under {@code cypher/}; a missing file fails at start-up. */
public final class Cypher {

    private Cypher() {
    }

    /** The statement in {@code cypher/<path>}, e.g. {@code load("load/merge-entities.cypher")}. */
    public static String load(String path) {
        var resource = "cypher/" + path;
        try (InputStream in = Cypher.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Cypher file not found on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Cypher file " + resource, e);
        }
    }
}
